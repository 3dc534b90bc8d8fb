namespace BriefingGen.Yaml;

/// <summary>The kind of value a key takes: what its reader accepts, and so what its JSON Schema allows.</summary>
public enum ValueKind
{
    /// <summary>One scalar, read as text (a number or a date is taken as its text).</summary>
    Text,

    /// <summary>A list of scalars, or one scalar taken as a list of one.</summary>
    TextList,

    Boolean,

    Integer,

    /// <summary>A list of numbers, each may be null (no value).</summary>
    NumberList,

    /// <summary>A date written YYYY-MM-DD.</summary>
    Date,

    /// <summary>A date written YYYY, YYYY-MM or YYYY-MM-DD, kept at that precision.</summary>
    WrittenDate,

    /// <summary>A nested mapping with its own keys.</summary>
    Map,

    /// <summary>A list of mappings with their own keys.</summary>
    MapList,

    /// <summary>A list whose entries are each text or a mapping with its own keys; one entry alone is a list of one (authors).</summary>
    TextOrMapList,
}
