using CareLedger.Specs.Templates;

namespace CareLedger.Specs.Tests.Hostile;

/// <summary>
/// Validation, which now computes the budget of a contract with no other error, never throws on a damaged file:
/// every template, damaged a hundred ways (seeded), is read and validated to a result whose errors each name
/// their line.
/// </summary>
public sealed class DamagedTemplateTests
{
    private static readonly string[] Insertions = [":", "-", "%", "£", "[", "]", "{", "}", ",", " ", "\n", "x", "1", "0", "9bn", "/", "'", "\"", "#", "&a", "*a", "\t", "? ", "-100%", "1000%"];

    public static TheoryData<string> Templates() => [.. TemplateCatalog.All.Select(template => template.Name), TemplateCatalog.MidNottsAsPublished.Name];

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_damaged_template_is_validated_to_located_errors_never_an_exception(string name)
    {
        var text = TemplateCatalog.Find(name)!.Yaml;
        var random = new Random(name.Length * 7919);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var damaged = Damage(text, random);
            var loaded = ContractLoader.Load(damaged, name + ".yaml");

            Assert.All(loaded.Errors, error => Assert.True(error.Location.Line > 0, $"Attempt {attempt}: {error} names no line"));
        }
    }

    // One edit where a slip would make it: a character deleted or inserted, a line repeated, a digit changed.
    private static string Damage(string text, Random random)
    {
        var position = random.Next(text.Length);
        switch (random.Next(4))
        {
            case 0:
                return text.Remove(position, 1);
            case 1:
                return text.Insert(position, Insertions[random.Next(Insertions.Length)]);
            case 2:
                var lines = text.Split('\n').ToList();
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            default:
                var digit = text.IndexOfAny("0123456789".ToCharArray(), position);
                return digit < 0 ? text : text.Remove(digit, 1).Insert(digit, random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
