using System.Globalization;
using BriefingGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Yaml;

/// <summary>
/// Typed, located reading of one YAML mapping. Every getter reports a wrong type at the value's place;
/// <see cref="ReportUnknownKeys(MapShape)"/> warns about every key the reader's definitions do not list.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);
    private readonly int _lineOffset;
    private readonly string? _yaml;

    /// <param name="yaml">The text the node was parsed from, when a text whose places are not its value's (a block scalar) should be kept as written.</param>
    public YamlMap(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics, string? yaml = null)
    {
        _node = node;
        Path = path;
        _lineOffset = lineOffset;
        Diagnostics = diagnostics;
        _yaml = yaml;
    }

    public string Path { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceSpan Span => SpanOf(_node);

    /// <summary>Wraps <paramref name="node"/> as a map, or reports that a mapping was expected.</summary>
    public static YamlMap? From(YamlNode? node, string path, int lineOffset, DiagnosticBag diagnostics, string what, string? yaml = null)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, path, lineOffset, diagnostics, yaml);
        }

        if (node is not null)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, Locate(node, path, lineOffset),
                $"{what} must be a mapping of 'key: value' lines, not {Describe(node)}");
        }

        return null;
    }

    public bool Has(string key) => Find(key) is not null;

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>The location of a key's value (or of the mapping, when the key is absent).</summary>
    public SourceSpan SpanOf(string key) => Find(key) is { } node ? SpanOf(node) : Span;

    /// <summary>The location of a key itself.</summary>
    public SourceSpan KeySpanOf(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var name } && name == key)
            {
                return SpanOf(pair.Key);
            }
        }

        return Span;
    }

    public SourceSpan SpanOf(YamlNode node) => Locate(node, Path, _lineOffset);

    public YamlNode? Node(string key)
    {
        _asked.Add(key);
        return Find(key);
    }

    public string? String(string key, bool required = false, string? owner = null)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Diagnostics.Error(DiagnosticCodes.MissingRequiredField, node is null ? Span : SpanOf(node),
                    $"{owner ?? "this item"} needs '{key}'");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value ?? "";
            if (required && value.Trim().Length == 0)
            {
                Diagnostics.Error(DiagnosticCodes.MissingRequiredField, SpanOf(node), $"'{key}' must not be empty");
                return null;
            }

            return value;
        }

        WrongType(key, node, "text");
        return null;
    }

    /// <summary>A list of text; a single text value is taken as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key) => LocatedStringList(key).Select(s => s.Value).ToList();

    public IReadOnlyList<Located<string>> LocatedStringList(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is YamlScalarNode scalar)
        {
            return [Text(scalar)];
        }

        if (node is YamlSequenceNode sequence)
        {
            var list = new List<Located<string>>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode s && !IsNull(s))
                {
                    list.Add(Text(s));
                }
                else
                {
                    Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(item),
                        $"each entry of '{key}' must be text, not {Describe(item)}");
                }
            }

            return list;
        }

        WrongType(key, node, "a list of text");
        return [];
    }

    public Located<string>? LocatedString(string key, bool required = false, string? owner = null)
    {
        var value = String(key, required, owner);
        return value is null ? null : Find(key) is YamlScalarNode scalar ? Text(scalar) with { Value = value } : new Located<string>(value, SpanOf(key));
    }

    private Located<string> Text(YamlScalarNode scalar)
    {
        var text = Text(scalar, Path, _lineOffset);
        var (start, end) = ((int)scalar.Start.Index, (int)scalar.End.Index);
        return text.TextOffset is null && _yaml is not null && end <= _yaml.Length && start < end ? text with { Written = _yaml[start..end] } : text;
    }

    /// <summary>A scalar's text with its place in the file (and, written on one line as it reads, where its first character is).</summary>
    public static Located<string> Text(YamlScalarNode scalar, string path, int lineOffset)
    {
        var value = scalar.Value ?? "";
        var oneLine = scalar.Start.Line == scalar.End.Line && !value.Contains('\n');
        int? offset = scalar.Style switch
        {
            YamlDotNet.Core.ScalarStyle.Plain when oneLine => 0,
            YamlDotNet.Core.ScalarStyle.SingleQuoted when oneLine && !value.Contains('\'') => 1,
            YamlDotNet.Core.ScalarStyle.DoubleQuoted when oneLine && scalar.End.Column - scalar.Start.Column == value.Length + 2 => 1,
            _ => null,
        };
        return new Located<string>(value, Locate(scalar, path, lineOffset)) { TextOffset = offset };
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: var text } && text is not null)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "on": return true;
                case "false" or "no" or "off": return false;
            }
        }

        WrongType(key, node, "true or false");
        return null;
    }

    public long? Integer(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: var text } &&
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(key, node, "a whole number");
        return null;
    }

    /// <summary>A date written YYYY-MM-DD (a time after it is allowed and ignored).</summary>
    public DateOnly? Date(string key) => ReadDate(key, wholeDay: true)?.FirstDay;

    /// <summary>A date written YYYY, YYYY-MM or YYYY-MM-DD (a time after the day is allowed and ignored), at that precision.</summary>
    public WrittenDate? WrittenDate(string key) => ReadDate(key, wholeDay: false);

    private WrittenDate? ReadDate(string key, bool wholeDay)
    {
        var forms = wholeDay ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD";
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: var text } && text is not null)
        {
            var trimmed = text.Trim();
            if (Yaml.WrittenDate.Parse(trimmed) is { } written && (!wholeDay || written.Day is not null))
            {
                return written;
            }

            if (trimmed.Length > 10 && trimmed[4] == '-' &&
                DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            {
                var day = stamp.UtcDateTime;
                return new WrittenDate(day.Year, day.Month, day.Day);
            }

            Diagnostics.Error(DiagnosticCodes.InvalidValue, SpanOf(node), $"'{key}' must be a date written {forms}, not '{trimmed}'");
            return null;
        }

        WrongType(key, node, $"a date ({forms})");
        return null;
    }

    public YamlMap? Map(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, Path, _lineOffset, Diagnostics, _yaml);
        }

        WrongType(key, node, "a mapping of 'key: value' lines");
        return null;
    }

    /// <summary>A list of mappings; entries that are not mappings are reported and skipped.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list");
            return [];
        }

        var list = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                list.Add(new YamlMap(mapping, Path, _lineOffset, Diagnostics, _yaml));
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(item),
                    $"each entry of '{key}' must be a mapping of 'key: value' lines, not {Describe(item)}");
            }
        }

        return list;
    }

    /// <summary>
    /// A list whose entries are each text or a mapping (one entry alone is a list of one): authors written as names or as
    /// <c>{name: ..., affiliation: ...}</c>. Other entries (a list inside the list) are reported and skipped.
    /// </summary>
    public IReadOnlyList<TextOrMap> TextOrMapList(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            return [];
        }

        var entries = node is YamlSequenceNode sequence ? sequence.Children : (IList<YamlNode>)[node];
        var list = new List<TextOrMap>();
        foreach (var item in entries)
        {
            switch (item)
            {
                case YamlScalarNode scalar when !IsNull(scalar):
                    list.Add(new TextOrMap(Text(scalar), null));
                    break;
                case YamlMappingNode mapping:
                    list.Add(new TextOrMap(null, new YamlMap(mapping, Path, _lineOffset, Diagnostics, _yaml)));
                    break;
                default:
                    Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(item),
                        $"each entry of '{key}' must be text or a mapping of 'key: value' lines, not {Describe(item)}");
                    break;
            }
        }

        return list;
    }

    /// <summary>
    /// Warns about every key <paramref name="shape"/> does not define: usually a typo of a known key. A key the reader
    /// asked for that the shape lacks is a bug in the definitions, so it throws rather than let the schema drift.
    /// </summary>
    public void ReportUnknownKeys(MapShape shape)
    {
        if (_asked.FirstOrDefault(key => !shape.Knows(key)) is { } undefined)
        {
            throw new InvalidOperationException($"the reader of {shape.Where} asked for '{undefined}', which its definitions do not list");
        }

        ReportKeys(shape.Where, shape.Knows, shape.Names);
    }

    /// <summary>As <see cref="ReportUnknownKeys(MapShape)"/>, with the keys the data itself declares (a table's extra columns) known too.</summary>
    public void ReportUnknownKeys(MapShape shape, IReadOnlyCollection<string> declared)
    {
        if (_asked.FirstOrDefault(key => !shape.Knows(key) && !declared.Contains(key)) is { } undefined)
        {
            throw new InvalidOperationException($"the reader of {shape.Where} asked for '{undefined}', which its definitions do not list");
        }

        ReportKeys(shape.Where, key => shape.Knows(key) || declared.Contains(key), shape.Names.Concat(declared));
    }

    /// <summary>Warns about every key no getter asked for: usually a typo of a known key.</summary>
    public void ReportUnknownKeys(string where) => ReportKeys(where, _asked.Contains, _asked);

    private void ReportKeys(string where, Func<string, bool> known, IEnumerable<string> knownNames)
    {
        var suggestions = 0;
        foreach (var pair in _node.Children)
        {
            if (pair.Key is not YamlScalarNode { Value: var name } || name is null)
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(pair.Key), $"keys in {where} must be plain words");
                continue;
            }

            if (!known(name))
            {
                // A map of thousands of unknown keys is offered a "did you mean" for its first few only.
                var suggestion = ++suggestions <= 20 ? DidYouMean.Suggest(name, knownNames) : "";
                Diagnostics.Warning(DiagnosticCodes.UnknownKey, SpanOf(pair.Key), $"unknown key '{name}' in {where}{suggestion}");
            }
        }
    }

    public void WrongType(string key, YamlNode node, string expected) =>
        Diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be {expected}, not {Describe(node)}");

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode s when IsNull(s) => "an empty value",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        _ => "an alias",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private YamlNode? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var name } && name == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static SourceSpan Locate(YamlNode node, string path, int lineOffset) =>
        YamlText.Span(path, lineOffset, node.Start);
}

/// <summary>One entry of <see cref="YamlMap.TextOrMapList"/>: text, or a mapping (exactly one is set).</summary>
public sealed record TextOrMap(Located<string>? Text, YamlMap? Map);

/// <summary>A value with the place in a file it was read from.</summary>
public sealed record Located<T>(T Value, SourceSpan Span)
{
    /// <summary>
    /// For a text written on one line as it reads (a plain scalar, or a quoted one without escapes): how many columns
    /// after <see cref="Span"/> its first character is, so that a place inside the text is a place in the file. Null
    /// for other texts (block scalars, folded or escaped ones), whose places are reported at the value.
    /// </summary>
    public int? TextOffset { get; init; }

    /// <summary>
    /// For a text without <see cref="TextOffset"/> read from front matter: the value as written, from its first
    /// character (at <see cref="Span"/>), so that a place inside it can be found in the file.
    /// </summary>
    public string? Written { get; init; }
}
