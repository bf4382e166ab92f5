namespace CareLedger.Server.Demo;

/// <summary>One demo user: who to sign in as, and what they can do where.</summary>
public sealed record DemoSignIn(string Email, string Role, string Contract, string Organisation);
