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

    /// <summary>Whether both use the same things in the same order (the record's own equality compares the lists as objects).</summary>
    public static bool Same(PageUses a, PageUses b) =>
        a.Terms.SequenceEqual(b.Terms) && a.Citations.SequenceEqual(b.Citations) && a.References.SequenceEqual(b.References) &&
        a.LinksTo.SequenceEqual(b.LinksTo) && a.Placements.SequenceEqual(b.Placements) && a.Evidence.SequenceEqual(b.Evidence) &&
        a.Themes.SequenceEqual(b.Themes) && a.Related.SequenceEqual(b.Related) && a.Embeds.SequenceEqual(b.Embeds) &&
        a.SourceLinks.SequenceEqual(b.SourceLinks);
}

/// <summary>Every cross-reference of the site, both ways: what each page uses, and who uses each item.</summary>
public sealed class CrossReferences
{
    private static readonly IReadOnlyList<string> NoPages = [];

    // What each index reads from a page's uses.
    private static readonly Func<PageUses, IEnumerable<string>> TermsOf = u => u.Terms;
    private static readonly Func<PageUses, IEnumerable<string>> ReferencesOf = u => u.References;
    private static readonly Func<PageUses, IEnumerable<string>> LinksOf = u => u.LinksTo.Concat(u.Related);
    private static readonly Func<PageUses, IEnumerable<string>> ThemesOf = u => u.Themes;
    private static readonly Func<PageUses, IEnumerable<string>> EmbedsOf = u => u.Embeds;

    public CrossReferences(IReadOnlyDictionary<string, PageUses> byPage)
    {
        ByPage = byPage;
        // Pages that use nothing (print editions, indexes: two thirds of a large site) add nothing to the indexes.
        var ordered = byPage.Where(p => !ReferenceEquals(p.Value, PageUses.None)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        TermUsers = Invert(ordered, TermsOf);
        Citers = Invert(ordered, ReferencesOf);
        Backlinks = Invert(ordered, LinksOf);
        ThemePages = Invert(ordered, ThemesOf);
        EmbedUsers = Invert(ordered, EmbedsOf);
        Placements = ordered.SelectMany(p => p.Value.Placements).GroupBy(p => p.GridId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Placement>)g.ToList(), StringComparer.Ordinal);
        Evidence = ordered.SelectMany(p => p.Value.Evidence).GroupBy(EvidenceKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Evidence>)g.ToList(), StringComparer.Ordinal);
    }

    private CrossReferences(CrossReferences before, IReadOnlyDictionary<string, PageUses> byPage, IReadOnlyList<string> changed)
    {
        ByPage = byPage;
        TermUsers = Patch(before.TermUsers, before, this, changed, TermsOf);
        Citers = Patch(before.Citers, before, this, changed, ReferencesOf);
        Backlinks = Patch(before.Backlinks, before, this, changed, LinksOf);
        ThemePages = Patch(before.ThemePages, before, this, changed, ThemesOf);
        EmbedUsers = Patch(before.EmbedUsers, before, this, changed, EmbedsOf);
        Placements = PatchGroups(before.Placements, before, this, changed, u => u.Placements, p => p.GridId, p => p.PageUrl);
        Evidence = PatchGroups(before.Evidence, before, this, changed, u => u.Evidence, EvidenceKey, e => e.PageUrl);
    }

    /// <summary>
    /// The cross-references of <paramref name="byPage"/>, made from the last build's (serve): when few pages' uses
    /// changed (compared by object: unchanged pages keep theirs), only their entries move; the result is the same.
    /// </summary>
    public static CrossReferences Update(CrossReferences before, IReadOnlyDictionary<string, PageUses> byPage)
    {
        var changed = byPage.Where(p => !ReferenceEquals(p.Value, before.UsesOf(p.Key))).Select(p => p.Key)
            .Concat(before.ByPage.Keys.Where(url => !byPage.ContainsKey(url)))
            .ToList();
        return Update(before, byPage, changed);
    }

    /// <summary>As <see cref="Update(CrossReferences, IReadOnlyDictionary{string, PageUses})"/>, told which pages' uses changed.</summary>
    public static CrossReferences Update(CrossReferences before, IReadOnlyDictionary<string, PageUses> byPage, IReadOnlyList<string> changed) =>
        changed.Count > 64 ? new CrossReferences(byPage) : new CrossReferences(before, byPage, changed);

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

    public PageUses UsesOf(string pageUrl) => ByPage.GetValueOrDefault(pageUrl) ?? PageUses.None;

    public static IReadOnlyList<string> Lookup(IReadOnlyDictionary<string, IReadOnlyList<string>> index, string key) =>
        index.GetValueOrDefault(key) ?? NoPages;

    private static string EvidenceKey(Evidence evidence) => $"{evidence.TableId}/{evidence.ItemId}";

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

    // The last build's index with the changed pages taken out of the lists they were in and put, in URL order, into
    // the lists they are in now. Lists that change are copied: the last build's site may still be read.
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Patch(IReadOnlyDictionary<string, IReadOnlyList<string>> before,
        CrossReferences old, CrossReferences now, IReadOnlyList<string> changed, Func<PageUses, IEnumerable<string>> select)
    {
        Dictionary<string, IReadOnlyList<string>>? index = null; // copied when the first list changes
        var copied = new HashSet<string>(StringComparer.Ordinal);
        List<string> Editable(string key)
        {
            index ??= new Dictionary<string, IReadOnlyList<string>>(before, StringComparer.Ordinal);
            var list = copied.Add(key) ? new List<string>(index.GetValueOrDefault(key) ?? NoPages) : (List<string>)index[key];
            index[key] = list;
            return list;
        }

        foreach (var url in changed)
        {
            // A page is in a key's list at most once, in URL order: only the keys it left or joined change.
            var was = select(old.UsesOf(url)).ToHashSet(StringComparer.Ordinal);
            var @is = select(now.UsesOf(url)).ToHashSet(StringComparer.Ordinal);
            foreach (var key in was.Where(key => !@is.Contains(key)))
            {
                Editable(key).Remove(url);
            }

            foreach (var key in @is.Where(key => !was.Contains(key)))
            {
                var list = Editable(key);
                var at = list.BinarySearch(url, StringComparer.Ordinal);
                if (at < 0)
                {
                    list.Insert(~at, url);
                }
            }
        }

        if (index is null)
        {
            return before;
        }

        foreach (var key in copied.Where(k => index[k].Count == 0))
        {
            index.Remove(key);
        }

        return index;
    }

    // As Patch, for the lists that hold each page's own entries (placements, evidence), in page order.
    private static Dictionary<string, IReadOnlyList<T>> PatchGroups<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> before,
        CrossReferences old, CrossReferences now, IReadOnlyList<string> changed, Func<PageUses, IReadOnlyList<T>> select,
        Func<T, string> keyOf, Func<T, string> pageOf)
    {
        var index = new Dictionary<string, IReadOnlyList<T>>(before, StringComparer.Ordinal);
        var copied = new HashSet<string>(StringComparer.Ordinal);
        List<T> Editable(string key)
        {
            var list = copied.Add(key) ? new List<T>(index.GetValueOrDefault(key) ?? []) : (List<T>)index[key];
            index[key] = list;
            return list;
        }

        foreach (var url in changed)
        {
            foreach (var key in select(old.UsesOf(url)).Select(keyOf).Distinct(StringComparer.Ordinal))
            {
                Editable(key).RemoveAll(entry => pageOf(entry) == url);
            }

            foreach (var group in select(now.UsesOf(url)).GroupBy(keyOf))
            {
                var list = Editable(group.Key);
                var at = list.FindIndex(entry => string.CompareOrdinal(pageOf(entry), url) > 0);
                list.InsertRange(at < 0 ? list.Count : at, group);
            }
        }

        foreach (var key in copied.Where(k => index[k].Count == 0))
        {
            index.Remove(key);
        }

        return index;
    }
}
