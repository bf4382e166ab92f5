using CareLedger.Application.Documents;
using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;
using CareLedger.Reports.Model;
using CareLedger.Reports.Tables;

namespace CareLedger.Reports.Tests;

/// <summary>
/// A statement whose party is named like a spreadsheet formula, with lines worked by hand: £1,250,000.00 fixed,
/// -£3,456.78 variable (a repayment), £0.01 outcome, so the total due is 1,250,000.00 - 3,456.78 + 0.01 = £1,246,543.23.
/// </summary>
internal static class StatementFixture
{
    public const string HostileName = "=HYPERLINK(\"http://evil.example\",\"Click\")";

    public static readonly Money Total = Money.Gbp(1_246_543.23m);

    public static StatementDocument Statement() => new(
        Id<Party>.Of("hostile"),
        HostileName,
        Provisional: false,
        new[]
        {
            Line(StatementElement.Fixed, 1_250_000.00m, "Fixed payment: a quarter of the annual £5,000,000.00"),
            Line(StatementElement.Variable, -3_456.78m, "Activity 2% below plan × £172,839.00 marginal rate"),
            Line(StatementElement.Outcome, 0.01m, "+ rounding remainder of the outcome pot"),
        }.ToValueList(),
        Entitlement: Total,
        Total: Total);

    public static Report Report() => new(
        new ReportHeading("Statement for " + HostileName, "Riverside alliance", 3, "2016/17-Q1"),
        [new ReportParagraph("Run 1."), SettlementTables.Statement("2016/17-Q1", Statement())]);

    private static StatementLineDocument Line(StatementElement element, decimal amount, string reason) =>
        new(element, Money.Gbp(amount), Id<Party>.Of("commissioner"), OnAccount: false, reason);
}
