namespace BriefingGen.Yaml;

/// <summary>One key a reader knows: its name, the kind of value, what it means for an editor, and the values allowed.</summary>
public sealed record KeyDefinition(string Name, ValueKind Kind, string Description)
{
    public bool Required { get; init; }

    /// <summary>The only values allowed, when the key takes one of a few words; empty when any value of its kind is.</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>The keys of the nested mapping, for <see cref="ValueKind.Map"/>, <see cref="ValueKind.MapList"/> and <see cref="ValueKind.TextOrMapList"/>.</summary>
    public MapShape? Entries { get; init; }
}
