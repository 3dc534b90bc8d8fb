using BriefingGen.Parsing.Bibtex;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Parsing;

/// <summary>A data file after parsing: its path, its name inside <c>content/data/</c> without extension (<c>terms</c>, <c>surveys/2009</c>) and its YAML tree.</summary>
public sealed record ParsedDataFile(string Path, string Name, YamlNode Root)
{
    /// <summary>The entries of a BibTeX file (whose YAML tree is an empty list); null for a YAML or JSON file.</summary>
    public IReadOnlyList<BibtexEntry>? Bibtex { get; init; }

    /// <summary>The YAML (or JSON) text the tree was parsed from, for places inside its values; empty for a BibTeX file.</summary>
    public string Text { get; init; } = "";
}
