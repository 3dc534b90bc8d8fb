using BriefingGen.Yaml;

namespace BriefingGen.Model.Items;

/// <summary>Key definitions shared by the data kinds.</summary>
public static class ItemKeys
{
    /// <summary>The <c>id</c> every item has, as <c>DataItems.Id</c> reads it.</summary>
    public static KeyDefinition Id(string what) =>
        new("id", ValueKind.Text, $"The {what}'s id, unique among {what}s: letters, digits, '-', '_', ':' or '.', starting with a letter or digit.") { Required = true };

    /// <summary>The reference a data item is taken from.</summary>
    public static KeyDefinition Source(string what) =>
        new("source", ValueKind.TextList, $"The id of the reference (content/data/references.yml) the {what} is taken from, or a list of them.");
}
