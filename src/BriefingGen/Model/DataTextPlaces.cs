using BriefingGen.Parsing;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;
using SourceSpan = BriefingGen.Diagnostics.SourceSpan;

namespace BriefingGen.Model;

/// <summary>
/// Where the term links and citations of the data files' texts are written, so that an unknown one is reported at its
/// line and column in the YAML, as in a page: a data item keeps where it starts, and its texts are found after it.
/// </summary>
public sealed class DataTextPlaces
{
    private readonly Dictionary<string, (string Yaml, Dictionary<string, List<YamlScalarNode>> Scalars)> _files = new(StringComparer.Ordinal);

    public DataTextPlaces(IReadOnlyList<ParsedDataFile> files)
    {
        foreach (var file in files.Where(f => f.Bibtex is null && f.Text.Length > 0))
        {
            var scalars = new Dictionary<string, List<YamlScalarNode>>(StringComparer.Ordinal);
            foreach (var node in YamlNodes.Distinct(file.Root))
            {
                if (node is YamlScalarNode { Value: { } value } scalar && (value.Contains("[[", StringComparison.Ordinal) || value.Contains('@')))
                {
                    if (!scalars.TryGetValue(value, out var list))
                    {
                        scalars[value] = list = [];
                    }

                    list.Add(scalar);
                }
            }

            _files[file.Path] = (file.Text, scalars);
        }
    }

    /// <summary>
    /// The place of <paramref name="text"/>'s character at <paramref name="line"/> and <paramref name="column"/> (from 0),
    /// the text being the first value written so at or after <paramref name="item"/> in its file; null when there is none.
    /// </summary>
    public SourceSpan? Find(SourceSpan item, string text, int line, int column)
    {
        if (!_files.TryGetValue(item.Path, out var file) || !file.Scalars.TryGetValue(text, out var scalars))
        {
            return null;
        }

        var scalar = scalars.Where(s => After(YamlText.Span(item.Path, 0, s.Start), item)).MinBy(s => s.Start.Index);
        if (scalar is null || ScalarPlace.OffsetOf(text, line, column) is not { } offset)
        {
            return null;
        }

        var from = (int)scalar.Start.Index + offset; // a value's character is never written before its own place in the value
        return ScalarPlace.Of(scalar, text, offset, file.Yaml, item.Path, 0, ref from);
    }

    private static bool After(SourceSpan span, SourceSpan item) => span.Line > item.Line || (span.Line == item.Line && span.Column >= item.Column);
}
