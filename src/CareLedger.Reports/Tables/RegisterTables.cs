using CareLedger.Data.Decisions;
using CareLedger.Reports.Model;

namespace CareLedger.Reports.Tables;

/// <summary>The risk/reward register as the board's carried motions leave it: each item's gateway answers, inclusion and whether it moves money.</summary>
public static class RegisterTables
{
    public static ReportTable Register(IReadOnlyList<RegisterItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new ReportTable(
            "risk-reward",
            "The risk/reward register: the gateway's three questions, inclusion and effect on payment",
            ["Item", "Material?", "Collective responsibility?", "Jointly agreed?", "Included", "Moves money"],
            [.. items.Select(item => new ReportRow(
            [
                ReportCell.Of(item.Name),
                ReportCell.Of(Answer(item.Gateway.Material)),
                ReportCell.Of(Answer(item.Gateway.CollectiveResponsibility)),
                ReportCell.Of(Answer(item.Gateway.JointlyAgreed)),
                ReportCell.Of(item.Included ? "yes" : "no"),
                ReportCell.Of(item.MovesMoney ? "yes" : "no"),
            ]))]);
    }

    private static string Answer(bool? answer) => answer switch
    {
        true => "yes",
        false => "no",
        null => "not yet answered",
    };
}
