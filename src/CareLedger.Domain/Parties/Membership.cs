namespace CareLedger.Domain.Parties;

/// <summary>Standing in an alliance. Full members vote on the leadership board; associates take part without the full obligations.</summary>
public enum Membership
{
    Full,
    Associate,
    NonVoting,
}
