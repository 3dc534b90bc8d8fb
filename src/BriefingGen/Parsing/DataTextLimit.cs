using BriefingGen.Diagnostics;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Parsing;

/// <summary>
/// Refuses texts in a data file longer than <c>limits.max_text_length</c>: a cell or definition is embedded on
/// every page that uses it, so one 9 MB cell made 35 MB of output per page.
/// </summary>
public static class DataTextLimit
{
    // What is kept of a refused text: the build fails on the error, and a stub keeps the item from being reported
    // missing as well, without the later steps repeating the work of the huge text.
    private const int ShownOfRefused = 100;

    public static void Check(YamlNode root, string path, int maxLength, DiagnosticBag diagnostics)
    {
        // Nodes shared through aliases are looked at once (the alias limit bounds them, but not their visits).
        foreach (var node in YamlNodes.Distinct(root))
        {
            if (node is YamlScalarNode { Value: { } text } scalar && text.Length > maxLength)
            {
                diagnostics.Error(DiagnosticCodes.DataTextTooLong, YamlText.Span(path, 0, scalar.Start),
                    $"this text is {text.Length:N0} characters long, over the limit of {maxLength:N0}; shorten it, or split it into several items (or raise limits.max_text_length)");
                scalar.Value = text[..ShownOfRefused];
            }
        }
    }
}
