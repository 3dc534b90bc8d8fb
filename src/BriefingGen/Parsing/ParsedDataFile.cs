using YamlDotNet.RepresentationModel;

namespace BriefingGen.Parsing;

/// <summary>A data file after parsing: its path, its name inside <c>content/data/</c> without extension (<c>terms</c>, <c>surveys/2009</c>) and its YAML tree.</summary>
public sealed record ParsedDataFile(string Path, string Name, YamlNode Root);
