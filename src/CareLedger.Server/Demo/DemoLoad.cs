namespace CareLedger.Server.Demo;

/// <summary>What <c>--demo</c> loaded: the contracts, the demo users and their shared password.</summary>
public sealed record DemoLoad(IReadOnlyList<string> Contracts, IReadOnlyList<DemoSignIn> SignIns, string Password, IReadOnlyList<string> Notes)
{
    /// <summary>The lines <c>careledger serve --demo</c> prints.</summary>
    public IEnumerable<string> Describe()
    {
        yield return $"Demo data: {string.Join(", ", Contracts)}.";
        foreach (var note in Notes)
        {
            yield return note;
        }

        yield return $"Demo sign-ins (password for all: {Password}):";
        foreach (var signIn in SignIns)
        {
            yield return $"  {signIn.Email,-36} {signIn.Role,-22} {signIn.Contract,-28} ({signIn.Organisation})";
        }
    }
}
