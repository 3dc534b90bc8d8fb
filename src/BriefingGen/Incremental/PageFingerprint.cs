using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefingGen.Model;
using BriefingGen.Model.Items;

namespace BriefingGen.Incremental;

/// <summary>
/// The explicit dependencies of a page's HTML, hashed: its source, the templates and settings, the data items,
/// terms and references it shows, and the pages its lists, links and neighbours show. Equal fingerprints mean
/// equal HTML, so an incremental build renders only pages whose fingerprint changed. Pages made from the whole
/// collection (home, indexes, definitions, bibliography, feed, sitemap) depend on every written page's front matter
/// and uses and on all the data, but not on any page's body, so an edit to a body does not render them again.
/// Packs print whole pages and are always rendered. Safe to call from several threads at once.
/// </summary>
/// <param name="sourceVersion">
/// A stand-in for a source file's text that changes whenever the text does (an incremental build counts edits);
/// without one the text itself is hashed, which at 10,000 pages is most of a fingerprint's cost.
/// </param>
/// <param name="siteKeys">The last site key worked out (serve), to be used again while what it was made from is the same.</param>
/// <param name="hashes">
/// Front matter and uses hashed once per object, kept from build to build (serve): unchanged pages keep the same
/// objects, so each is serialised once, not once a build.
/// </param>
public sealed class PageFingerprint(Site site, string templatesKey, Func<string, string>? sourceVersion = null, SiteKeys? siteKeys = null,
    ConditionalWeakTable<object, string>? hashes = null)
{
    private readonly ConditionalWeakTable<object, string> _hashes = hashes ?? new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _items = new(StringComparer.Ordinal);

    /// <summary>What every page depends on: templates, settings, the list of pages.</summary>
    public string SiteKey => _siteKey;

    /// <summary>All the data, hashed: a page that shows any item depends on it.</summary>
    public string DataKey => _dataKey.Value;

    private readonly Lazy<string> _dataKey = new(() => Hash(string.Join("\n",
        DataKinds.All.Where(k => k.HasFile).SelectMany(kind => site.Briefing.ItemsOf(kind).Select(item => Json(item)).Append(kind.Name)))));

    private readonly string _siteKey = (siteKeys ?? new SiteKeys()).KeyOf(site, templatesKey);

    private string? _collectionKey;
    private object? _collectionKeyLock;

    // Everything a page made from the whole collection can show: the data and every written page's front matter and
    // uses. Worked out once (every collection page asks for it), not by each thread that asks first.
    private string CollectionKey() => LazyInitializer.EnsureInitialized(ref _collectionKey, ref _collectionKeyLock, () => HashLines(
        site.Pages.Where(p => p.SourcePath is not null)
            .SelectMany(p => new[] { p.Url, PageKinds.Name(p.Kind), p.SourcePath!, HashOf(p.FrontMatter), HashOf(site.Links.Of(p.Url)) })
            .Prepend(DataKey)));

    /// <summary>
    /// Whether the page is made from the whole collection (home, indexes, definitions, bibliography, feed, sitemap,
    /// data pages): its fingerprint holds every written page's front matter and uses.
    /// </summary>
    public static bool ShowsCollection(Page page) =>
        page.Kind is PageKind.Home || (page.SourcePath is null && !page.IsPrint && page.Kind != PageKind.Section);

    /// <summary>The page's fingerprint, or null when it must always be rendered (packs).</summary>
    public string? Compute(Page page)
    {
        if (page.Kind is PageKind.Pack)
        {
            return null;
        }

        var key = new StringBuilder(_siteKey, 2048).Append('\n').Append(PageKinds.Name(page.Kind)).Append('\n');
        if (ShowsCollection(page))
        {
            key.Append(page.Url).Append('\n').Append(page.ItemId).Append('\n').Append(CollectionKey()).Append('\n');
        }

        var source = site.SourceOf(page)!;
        if (source.SourcePath is not null)
        {
            AddSource(key, source);
        }

        if (page.Kind == PageKind.Section)
        {
            key.Append("title:").Append(page.Title).Append('\n');
            AddPages(key, "children", site.ChildrenOf(page));
        }

        if (ReferenceEquals(source, page) && site.Find(Site.ParentOf(page)) is { } parent)
        {
            AddPages(key, "neighbours", Neighbours(page, site.ChildrenOf(parent)));
        }

        return Hash(key.ToString());
    }

    private void AddSource(StringBuilder key, Page page)
    {
        key.Append(page.SourcePath).Append('\n').Append(sourceVersion is null ? page.SourceText : sourceVersion(page.SourcePath!)).Append('\n');
        var uses = site.Links.Of(page.Url);
        foreach (var term in uses.Terms)
        {
            key.Append(Item("term", term, () => site.Briefing.FindTerm(term)));
        }

        foreach (var reference in uses.References)
        {
            key.Append(Item("reference", reference, () => site.Briefing.FindReference(reference)));
        }

        foreach (var theme in uses.Themes)
        {
            key.Append(Item("theme", theme, () => site.Briefing.FindTheme(theme)));
        }

        foreach (var placement in uses.Placements)
        {
            key.Append(ItemPage("grid", placement.GridId, () => site.Briefing.FindGrid(placement.GridId), GeneratedPages.GridUrl(placement.GridId)));
        }

        foreach (var evidence in uses.Evidence)
        {
            key.Append(ItemPage("table", evidence.TableId, () => site.Briefing.FindTable(evidence.TableId), GeneratedPages.TableUrl(evidence.TableId)));
        }

        foreach (var embed in uses.Embeds)
        {
            var parts = embed.Split(' ', 2);
            var item = DataKinds.OfEmbed(parts[0]) is { } embedded ? new Model.Items.DataKey(embedded, parts[1]) : (Model.Items.DataKey?)null;
            key.Append(item switch
            {
                // An item whose page collects its texts' uses: the item and the terms and references those texts show.
                { Kind: { HasTexts: true, ItemPage: not null } kind } => ItemPage(kind.Word, parts[1], () => site.Briefing.Find(item.Value), kind.ItemUrl(parts[1])),
                // Definitions, terms and comparisons carry free text with their own term links and citations.
                _ => DataKey + Item(parts[0], parts[1], () => item is { } named ? site.Briefing.Find(named) : null),
            });
        }

        AddPages(key, "related", uses.Related.Select(site.Find).OfType<Page>());
        AddPages(key, "backlinks", CrossReferences.Lookup(site.Links.Backlinks, page.Url).Select(site.Find).OfType<Page>());
        AddPages(key, "links", uses.LinksTo.Select(url => site.Find(url) ?? site.Find(url + "/")).OfType<Page>());
    }

    // The previous and next pages its pager links to; not the whole list, which would make every fingerprint O(pages).
    private IEnumerable<Page> Neighbours(Page page, IReadOnlyList<Page> siblings)
    {
        var index = site.IndexInList(page);
        return index < 0 ? [] : siblings.Skip(Math.Max(0, index - 1)).Take(index == 0 ? 2 : 3);
    }

    private static void AddPages(StringBuilder key, string label, IEnumerable<Page> pages)
    {
        key.Append(label).Append(':');
        foreach (var page in pages)
        {
            key.Append(page.Url).Append('|').Append(page.Title).Append('|').Append(page.Summary).Append('|').Append(page.Date)
                .Append('|').Append(page.Weight).Append('|').Append(page.FrontMatter?.Place).Append('|').Append(page.FrontMatter?.Period).Append('|').Append(page.FrontMatter?.Region)
                .Append('|').Append(string.Join(",", page.FrontMatter?.Themes.Select(t => t.Value) ?? [])).Append(';');
        }

        key.Append('\n');
    }

    // An item as a line of its hash (64 bits are plenty to tell an item's versions apart): pages name the same terms
    // and references over and over, so each is serialised once, and the line stays short.
    private string Item(string kind, string id, Func<object?> find) =>
        _items.GetOrAdd(kind + " " + id, cacheKey => cacheKey + "=" + Hash(Json(find()))[..16] + "\n");

    // A data item shown in a page, with the terms and references its own texts use (those its page lists).
    private string ItemPage(string kind, string id, Func<object?> find, string itemUrl)
    {
        var uses = site.Links.Of(itemUrl);
        var text = new StringBuilder(Item(kind, id, find));
        foreach (var term in uses.Terms)
        {
            text.Append(Item("term", term, () => site.Briefing.FindTerm(term)));
        }

        foreach (var reference in uses.References)
        {
            text.Append(Item("reference", reference, () => site.Briefing.FindReference(reference)));
        }

        return text.ToString();
    }


    // What other pages can show of a page's uses leaves out where its links were written (lines move as the body is edited).
    internal string HashOf(object? value) => value is null ? "" : _hashes.GetValue(value, v => Hash(Json(v is PageUses uses ? uses with { SourceLinks = [] } : v)));

    // Each value as its own type (an item, not the interface its list holds), with serialisers made at compile time.
    internal static string Json(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), FingerprintJson.Default);

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Lines hashed through one small buffer: at 10,000 pages, joined first they would be megabytes of text (and
    // large objects for the collector), and handed to the hash one by one each would be a call into the crypto library.
    internal static string HashLines(IEnumerable<string> lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 14];
        var used = 0;
        foreach (var line in lines)
        {
            var most = Encoding.UTF8.GetMaxByteCount(line.Length) + 1;
            if (used + most > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
            }

            if (most > buffer.Length)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(line));
            }
            else
            {
                used += Encoding.UTF8.GetBytes(line, buffer.AsSpan(used));
            }

            buffer[used++] = (byte)'\n';
        }

        hash.AppendData(buffer, 0, used);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
