namespace BriefingGen.Model.Items;

/// <summary>What the site's pages use, as the unused-item rules ask it: only a written page's use counts.</summary>
public sealed class ItemUses(CrossReferences links, IReadOnlySet<string> contentPages)
{
    public CrossReferences Links => links;

    /// <summary>Whether a written page embeds the item.</summary>
    public bool Embedded(DataKey key) => ByContent(links.EmbedUsers, key.ToString());

    /// <summary>Whether a written page appears in an index's list for <paramref name="key"/>.</summary>
    public bool ByContent(IReadOnlyDictionary<string, IReadOnlyList<string>> index, string key) =>
        CrossReferences.Lookup(index, key).Any(contentPages.Contains);
}
