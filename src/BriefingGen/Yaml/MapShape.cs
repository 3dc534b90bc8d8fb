namespace BriefingGen.Yaml;

/// <summary>
/// The keys a mapping may hold, as its reader knows them: the one list from which both the reader's unknown-key check
/// (<see cref="YamlMap.ReportUnknownKeys(MapShape)"/>) and the JSON Schema for editors are made, so they cannot drift.
/// </summary>
public sealed record MapShape(string Where, string Description, IReadOnlyList<KeyDefinition> Keys)
{
    /// <summary>Whether the data may add text keys of its own (a table's declared extra columns), which the schema cannot list.</summary>
    public bool TakesDeclaredKeys { get; init; }

    private readonly Dictionary<string, KeyDefinition> _byName = Keys.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public bool Knows(string name) => _byName.ContainsKey(name);

    /// <summary>The definition of a key the reader uses; a key missing here is a bug in the reader's definitions.</summary>
    public KeyDefinition this[string name] => _byName.TryGetValue(name, out var key)
        ? key
        : throw new InvalidOperationException($"{Where} has no definition of the key '{name}'");

    public IEnumerable<string> Names => Keys.Select(k => k.Name);
}
