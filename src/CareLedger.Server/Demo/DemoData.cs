using System.Text;
using CareLedger.Application.Contracts;
using CareLedger.Application.Templates;
using CareLedger.Data.Accounts;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Decisions;
using CareLedger.Data.Imports;
using CareLedger.Data.Settlements;
using CareLedger.Domain.RiskReward;
using Microsoft.Extensions.DependencyInjection;

namespace CareLedger.Server.Demo;

/// <summary>
/// Loads the demo: the Mid-Nottinghamshire alliance and the Bedfordshire MSK prime contract from their templates, an
/// organisation per party, an administrator, and in each contract one user per role. Loading again changes nothing
/// (versions are unchanged, existing organisations and users are kept), so <c>serve --demo</c> can be restarted.
/// Every party that votes at the gateway also has a board member, so the demo can carry a motion by unanimity.
/// </summary>
public static class DemoData
{
    /// <summary>Printed for every demo user: the demo is for trying CareLedger on a laptop, never for real data.</summary>
    public const string Password = "demo-password-2026";

    public const string AdministratorEmail = "admin@careledger.demo";

    private static readonly Actor Loader = Actor.System("demo");

    private static readonly DemoContract[] Contracts =
    [
        new("mid-notts-alliance", "mid-notts", "2016/17", Commissioner: "mansfield-ashfield-ccg", Provider: "sherwood-forest", Board: "nuh"),
        // The board member speaks for a party that votes: Bedfordshire marks no memberships, so its sub-contractor
        // Horizon has no vote, and the prime's representative sits on the board.
        new("bedfordshire-msk-prime", "bedfordshire", "2015/16", Commissioner: "bedfordshire-ccg", Provider: "circle", Board: "circle"),
    ];

    public static async Task<DemoLoad> LoadAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var templates = services.GetRequiredService<TemplateService>();
        var versions = services.GetRequiredService<ContractVersions>();
        var organisations = services.GetRequiredService<Organisations>();
        var users = services.GetRequiredService<Users>();
        var imports = services.GetRequiredService<ActualsImports>();
        var runs = services.GetRequiredService<SettlementRuns>();
        var notes = new List<string>();

        await organisations.CreateAsync(Loader, "careledger-demo", "CareLedger demo operations", cancellationToken);
        await EnsureUserAsync(users, new NewUser(AdministratorEmail, "Demo administrator", "careledger-demo", Password, Administrator: true), null, cancellationToken);
        var signIns = new List<DemoSignIn> { new(AdministratorEmail, "administrator", "(all: users and organisations)", "careledger-demo") };
        var loaded = new List<string>();
        foreach (var demo in Contracts)
        {
            var text = templates.Render(demo.Template).Value ?? throw new InvalidOperationException($"The {demo.Template} template is missing from this build.");
            var upload = await versions.UploadAsync(Loader, text, "demo", null, cancellationToken);
            var contractId = upload.Version?.ContractId ?? throw new InvalidOperationException($"The {demo.Template} template did not load: {string.Join("; ", upload.Diagnostics)}");
            loaded.Add($"{upload.Version.Name} ({contractId})");
            foreach (var party in await versions.PartiesAsync(contractId, null, cancellationToken))
            {
                await organisations.CreateAsync(Loader, party.PartyId, party.Name, cancellationToken);
                await organisations.LinkPartyAsync(Loader, new PartyLink(party.PartyId, contractId, party.PartyId), cancellationToken);
            }

            // Through the same import as every user's: checked, recorded all or nothing, and not twice when loaded again.
            var actuals = templates.Render(demo.Template, actuals: true).Value!;
            var imported = await imports.ImportAsync(new ImportRequest(contractId, [new ImportFile(actuals.Name, Encoding.UTF8.GetBytes(actuals.Text))]), Loader, cancellationToken: cancellationToken);
            if (!imported.Succeeded)
            {
                throw new InvalidOperationException($"The demo's actuals for {contractId} were refused: {imported.Problem?.Message ?? string.Join("; ", imported.Diagnostics)}");
            }

            // Each quarter as well as the year, so a new user finds what each provider is paid in a quarter.
            var refused = new List<string>();
            foreach (var period in (string[])[$"{demo.Year}-Q1", $"{demo.Year}-Q2", $"{demo.Year}-Q3", $"{demo.Year}-Q4", demo.Year])
            {
                var settled = await runs.SettleAsync(Loader, contractId, period, provisional: false, cancellationToken);
                if (settled.Run is null)
                {
                    refused.Add($"{period} could not be settled: {settled.Problem?.Message ?? string.Join("; ", settled.Diagnostics)}");
                }
            }

            notes.Add(refused.Count == 0
                ? $"  {contractId}: a year of actuals imported; its four quarters and {demo.Year} settled."
                : $"  {contractId}: a year of actuals imported; {string.Join("; ", refused)}");
            foreach (var (role, organisation, who) in demo.Users())
            {
                var email = $"{who}@{demo.Domain}.demo";
                var name = $"{char.ToUpperInvariant(who[0])}{who[1..]} ({demo.Domain})";
                var user = await EnsureUserAsync(users, new NewUser(email, name, organisation, Password), contractId, cancellationToken);
                await users.GrantRoleAsync(Loader, new RoleGrant(user.Id, contractId, role), cancellationToken);
                signIns.Add(new DemoSignIn(email, ContractRoles.Name(role), contractId, organisation));
            }

            // Unanimity needs every voting member's vote, so each has a board member: enough to carry a gateway motion.
            var contract = services.GetRequiredService<ContractService>().Open(text).Value?.Contract ?? throw new InvalidOperationException($"The {demo.Template} template did not open.");
            foreach (var voter in VotingMembers.For(contract, MotionKind.Gateway, SuspensionDecision.Unanimous).Where(party => party != demo.Board))
            {
                var email = $"board.{voter}@{demo.Domain}.demo";
                var user = await EnsureUserAsync(users, new NewUser(email, $"Board member ({voter})", voter, Password), contractId, cancellationToken);
                await users.GrantRoleAsync(Loader, new RoleGrant(user.Id, contractId, ContractRole.BoardMember), cancellationToken);
                signIns.Add(new DemoSignIn(email, ContractRoles.Name(ContractRole.BoardMember), contractId, voter));
            }
        }

        return new DemoLoad(loaded, signIns, Password, notes);
    }

    private static async Task<UserAccount> EnsureUserAsync(Users users, NewUser user, string? contractId, CancellationToken cancellationToken)
    {
        var created = await users.CreateAsync(Loader, user, cancellationToken);
        if (created.Value is { } account)
        {
            return account;
        }

        return await users.FindByEmailAsync(user.Email, cancellationToken)
            ?? throw new InvalidOperationException($"The demo user {user.Email} ({contractId}) could not be created: {created.Problem?.Message}");
    }

    private sealed record DemoContract(string Template, string Domain, string Year, string Commissioner, string Provider, string Board)
    {
        public IEnumerable<(ContractRole Role, string Organisation, string Who)> Users() =>
        [
            (ContractRole.CommissionerFinance, Commissioner, "commissioner"),
            (ContractRole.ProviderFinance, Provider, "provider"),
            (ContractRole.BoardMember, Board, "board"),
            (ContractRole.Auditor, Commissioner, "auditor"),
        ];
    }
}
