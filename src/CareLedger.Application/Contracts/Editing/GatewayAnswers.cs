namespace CareLedger.Application.Contracts.Editing;

/// <summary>The gateway's three questions for a risk/reward item; null is "not answered" (left as written).</summary>
public sealed record GatewayAnswers(bool? Material, bool? CollectiveResponsibility, bool? JointlyAgreed)
{
    /// <summary>The answers given, as the YAML keys and values that record them.</summary>
    internal IEnumerable<KeyValuePair<string, string>> Written()
    {
        if (Material is { } material)
        {
            yield return new("material", material ? "yes" : "no");
        }

        if (CollectiveResponsibility is { } collective)
        {
            yield return new("collective_responsibility", collective ? "yes" : "no");
        }

        if (JointlyAgreed is { } agreed)
        {
            yield return new("jointly_agreed", agreed ? "yes" : "no");
        }
    }
}
