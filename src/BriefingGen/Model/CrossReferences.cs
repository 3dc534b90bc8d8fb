namespace BriefingGen.Model;

/// <summary>What one page refers to, each list in order of first use.</summary>
public sealed record PageUses(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Citations,
    IReadOnlyList<string> References,
    IReadOnlyList<string> LinksTo,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Embeds)
{
    public static PageUses None { get; } = new([], [], [], [], [], [], [], [], []);

    /// <summary>The links written in the page's Markdown that lead inside the site.</summary>
    public IReadOnlyList<SourceLink> SourceLinks { get; init; } = [];
}

/// <summary>Every cross-reference of the site, both ways: what each page uses, and who uses each item.</summary>
public sealed class CrossReferences
{
    private static readonly IReadOnlyList<string> NoPages = [];

    public CrossReferences(IReadOnlyDictionary<string, PageUses> byPage)
    {
        ByPage = byPage;
        // Pages that use nothing (print editions, indexes: two thirds of a large site) add nothing to the indexes.
        var ordered = byPage.Where(p => !ReferenceEquals(p.Value, PageUses.None)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        TermUsers = Invert(ordered, u => u.Terms);
        Citers = Invert(ordered, u => u.References);
        Backlinks = Invert(ordered, u => u.LinksTo.Concat(u.Related));
        ThemePages = Invert(ordered, u => u.Themes);
        EmbedUsers = Invert(ordered, u => u.Embeds);
        Placements = ordered.SelectMany(p => p.Value.Placements).GroupBy(p => p.GridId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Placement>)g.ToList(), StringComparer.Ordinal);
        Evidence = ordered.SelectMany(p => p.Value.Evidence).GroupBy(e => $"{e.TableId}/{e.ItemId}")
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Evidence>)g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, PageUses> ByPage { get; }

    /// <summary>Term id to the pages that link it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TermUsers { get; }

    /// <summary>Reference id to the pages that cite or draw on it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Citers { get; }

    /// <summary>Page URL to the pages that link to it or name it as related.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Backlinks { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ThemePages { get; }

    /// <summary>"kind id" of an embedded item to the pages that embed it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EmbedUsers { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Placement>> Placements { get; }

    /// <summary>"table/item" to the evidence pages give for it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Evidence>> Evidence { get; }

    public PageUses Of(string pageUrl) => ByPage.GetValueOrDefault(pageUrl) ?? PageUses.None;

    public static IReadOnlyList<string> Lookup(IReadOnlyDictionary<string, IReadOnlyList<string>> index, string key) =>
        index.GetValueOrDefault(key) ?? NoPages;

    private static Dictionary<string, IReadOnlyList<string>> Invert(
        IEnumerable<KeyValuePair<string, PageUses>> pages, Func<PageUses, IEnumerable<string>> select)
    {
        var index = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (url, uses) in pages)
        {
            foreach (var key in select(uses))
            {
                if (!index.TryGetValue(key, out var found))
                {
                    index[key] = found = new List<string>();
                }

                // Pages come one after another, so a page that names a key twice is the list's last entry.
                var list = (List<string>)found;
                if (list.Count == 0 || !ReferenceEquals(list[^1], url))
                {
                    list.Add(url);
                }
            }
        }

        return index;
    }
}
