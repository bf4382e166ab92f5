using CareLedger.Domain;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads one variable-element mechanism: <c>volume</c> (marginal rates, dead band, cap, collar) or
/// <c>patient-choice</c> (a pool moving between providers, cap, collar). Keys of the other kind are reported.
/// </summary>
internal static class MechanismReader
{
    private static readonly string[] VolumeKeys = ["unit_price", "above_plan_rate", "below_plan_rate", "dead_band"];

    private static readonly Vocabulary<Kind> Kinds = new(
        "mechanism kind",
        ("volume", Kind.Volume),
        ("patient-choice", Kind.PatientChoice));

    private enum Kind
    {
        Volume,
        PatientChoice,
    }

    public static VariableMechanism? Read(YamlMap map)
    {
        var id = map.Required("id", Scalars.Id<VariableMechanism>());
        var kind = map.Required("kind", Kinds.Kind);
        var name = map.Text("name", required: true) ?? string.Empty;
        var scope = map.Scope(out var providers);
        var cap = map.Limit("cap");
        var collar = map.Limit("collar");
        VariableMechanism? mechanism = null;
        switch (kind)
        {
            case Kind.Volume:
                map.NotApplicable("pool", "only a patient-choice mechanism has a pool");
                var unitPrice = map.Optional("unit_price", Scalars.Amount);
                var above = map.Required("above_plan_rate", Scalars.Rate) ?? Percentage.Zero;
                var below = map.Required("below_plan_rate", Scalars.Rate) ?? Percentage.Zero;
                var deadBand = map.Optional("dead_band", Scalars.Rate);
                if (id is { } volumeId)
                {
                    mechanism = new VolumeMechanism(volumeId, name, scope, unitPrice, above, below, deadBand, cap, collar, map.Source);
                }

                break;
            case Kind.PatientChoice:
                foreach (var key in VolumeKeys)
                {
                    map.NotApplicable(key, "only a volume mechanism has it");
                }

                if (providers is null)
                {
                    map.RawRequired("providers");
                }

                var pool = map.Limit("pool", required: true) ?? Limit.Of(Percentage.Zero);
                if (id is { } choiceId)
                {
                    mechanism = new PatientChoiceMechanism(choiceId, name, scope, providers ?? [], pool, cap, collar, map.Source);
                }

                break;
            default:
                map.Know([.. VolumeKeys, "pool"]);
                break;
        }

        map.Complete();
        if (mechanism is null)
        {
            return null;
        }

        map.Locate(mechanism);
        return mechanism;
    }
}
