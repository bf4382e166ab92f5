using CareLedger.Domain.RiskReward;

namespace CareLedger.Data.Decisions;

/// <summary>The gateway's three questions, named as the contract file names them.</summary>
public static class GatewayQuestions
{
    public const string Material = "material";

    public const string CollectiveResponsibility = "collective_responsibility";

    public const string JointlyAgreed = "jointly_agreed";

    public static IReadOnlyList<string> All { get; } = [Material, CollectiveResponsibility, JointlyAgreed];

    /// <summary>The answers with one question's answer replaced.</summary>
    public static GatewayAnswers With(GatewayAnswers answers, string question, bool answer) => question switch
    {
        Material => answers with { Material = answer },
        CollectiveResponsibility => answers with { CollectiveResponsibility = answer },
        JointlyAgreed => answers with { JointlyAgreed = answer },
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Not a gateway question."),
    };
}
