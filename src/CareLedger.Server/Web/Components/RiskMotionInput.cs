using CareLedger.Data.Decisions;

namespace CareLedger.Server.Web.Components;

/// <summary>
/// A motion proposed on the risk/reward register page, as posted: which form it came from (so the page can show the
/// problem beside that form and keep what was typed), the kind, the item, the gateway question, the answer, the year
/// and the reason.
/// </summary>
public sealed class RiskMotionInput
{
    public string? Form { get; set; }

    public string? Kind { get; set; }

    public string? ItemId { get; set; }

    public string? Question { get; set; }

    /// <summary>"yes" or "no" (for inclusion, include or take out); a suspension always proposes to suspend.</summary>
    public string? Answer { get; set; }

    public string? Year { get; set; }

    public string? Reason { get; set; }

    /// <summary>The problem to show beside the form, set by the page when the motion was refused.</summary>
    public string? Problem { get; set; }

    /// <summary>The id of the field <see cref="Problem"/> is about.</summary>
    public string? ProblemAt { get; set; }

    public MotionRequest ToRequest()
    {
        var kind = Enum.TryParse<MotionKind>(Kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : MotionKind.Gateway;
        return new MotionRequest(kind, Blank(ItemId), Blank(Question), Blank(Year), Answer != "no", Reason ?? string.Empty);
    }

    /// <summary>The id of the field a problem is about (reason, question, year, item), so the error summary links to it.</summary>
    public string FieldFor(string? field) => field switch
    {
        "question" when Kind == "gateway" => $"{Form}-question",
        "year" or "item" when Kind == "suspension" => $"{Form}-{field}",
        _ => $"{Form}-reason",
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
