using System.Globalization;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>payment.fixed</c>: an optional share and the instalments, <c>monthly</c> (default), <c>quarterly</c>,
/// <c>annual</c>, or <c>{ profile: [...] }</c> with 12 monthly or 4 quarterly shares.
/// </summary>
internal static class FixedElementReader
{
    public static FixedElementTerms Read(YamlMap payment)
    {
        var map = payment.Map("fixed");
        if (map is null)
        {
            return new FixedElementTerms(null, InstalmentSchedule.Monthly);
        }

        var share = map.Optional("share", Scalars.Rate);
        var instalments = map.Raw("instalments") is { } node ? ReadInstalments(map, node) : InstalmentSchedule.Monthly;
        map.Complete();
        var terms = new FixedElementTerms(share, instalments, map.Source);
        map.Locate(terms);
        return terms;
    }

    private static InstalmentSchedule ReadInstalments(YamlMap map, YamlNode node)
    {
        map.AddLocation("instalments", node);
        var path = map.PathOf("instalments");
        var context = map.Context;
        if (node is YamlScalarNode)
        {
            if (Nodes.Parse(context, node, path, Vocabularies.Instalments.Kind) is not { } frequency)
            {
                return InstalmentSchedule.Monthly;
            }

            var schedule = new InstalmentSchedule(frequency, null, context.SourceOf(node, path));
            context.Locations.Record(schedule, context.LocationOf(node), path);
            return schedule;
        }

        if (YamlMap.From(node, path, context) is not { } profileMap)
        {
            return InstalmentSchedule.Monthly;
        }

        var profile = profileMap.List("profile", Scalars.Proportion, required: true);
        profileMap.Complete();
        if (profile is null)
        {
            return InstalmentSchedule.Monthly;
        }

        var written = ((YamlSequenceNode)profileMap.Raw("profile")!).Children.Count;
        InstalmentFrequency profiled;
        switch (written)
        {
            case 12:
                profiled = InstalmentFrequency.Monthly;
                break;
            case 4:
                profiled = InstalmentFrequency.Quarterly;
                break;
            default:
                context.Error(
                    profileMap.Raw("profile")!,
                    DiagnosticCodes.WrongType,
                    $"{profileMap.PathOf("profile")}: a profile has 12 monthly or 4 quarterly shares, not {written.ToString(CultureInfo.InvariantCulture)}.");
                return InstalmentSchedule.Monthly;
        }

        if (profile.Count != written)
        {
            return InstalmentSchedule.Monthly;
        }

        var profiledSchedule = new InstalmentSchedule(profiled, profile, profileMap.Source);
        profileMap.Locate(profiledSchedule);
        return profiledSchedule;
    }
}
