using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL501: an item may be included in sharing only once it has passed all three gateway questions — material to the
/// system, the alliance's collective responsibility, jointly agreed to be shared. The message names each question
/// that was answered no or not answered.
/// </summary>
internal sealed class GatewayRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var item in context.Contract.RiskReward.Items.Where(item => item.Included && !item.Gateway.Passed))
        {
            context.Error(
                context.Locate(item, "include", "gateway"),
                DiagnosticCodes.GatewayNotPassed,
                $"{Subjects.Item(item)} is included in sharing but has not passed the gateway: {Wording.List(Failures(item.Gateway))}; "
                + "answer all three questions yes before including it, or set include: false until it passes.");
        }
    }

    private static IEnumerable<string> Failures(GatewayAnswers gateway)
    {
        (bool? Answer, string Question)[] questions =
        [
            (gateway.Material, "is it material to the system? (material)"),
            (gateway.CollectiveResponsibility, "is it the alliance's collective responsibility? (collective_responsibility)"),
            (gateway.JointlyAgreed, "have the members jointly agreed it should be shared? (jointly_agreed)"),
        ];
        foreach (var (answer, question) in questions)
        {
            if (answer == false)
            {
                yield return $"'{question}' was answered no";
            }
            else if (answer is null)
            {
                yield return $"'{question}' is unanswered";
            }
        }
    }
}
