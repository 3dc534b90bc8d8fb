using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefingGen.Model;
using BriefingGen.Model.Items;
using BriefingGen.Rendering;

namespace BriefingGen.Incremental;

/// <summary>
/// What each dependency key (<see cref="DependencyKeys"/>) names in one build, as a short string that changes whenever it
/// does: a page whose keys all give the versions they gave when it was rendered would render the same HTML.
/// Objects the model keeps from build to build (pages, items, uses) are hashed once each, by <see cref="ObjectVersions"/>.
/// Safe to call from several threads at once.
/// </summary>
internal sealed class DependencyVersions(Site site, SiteTheme theme, bool pdfsEnabled, ObjectVersions objects)
{
    private static readonly Dictionary<string, DataKind> KindsByWord = DataKinds.All.ToDictionary(k => k.Word + ":", StringComparer.Ordinal);

    private readonly Lazy<string> _config = new(() => objects.HashOf(site.Config) + "|" + site.SearchEnabled + "|" + pdfsEnabled);

    public string VersionOf(string key)
    {
        var (prefix, rest) = DependencyKeys.Split(key);
        return VersionOf(prefix, rest, key);
    }

    /// <summary>The version of a key already split by <see cref="DependencyKeys.Split"/> (serve keeps its keys split, as it looks at each on every build).</summary>
    public string VersionOf(string prefix, string rest, string key) =>
        prefix switch
        {
            DependencyKeys.Config => _config.Value,
            DependencyKeys.Text => objects.TextOf(theme),
            DependencyKeys.SiteData => objects.HashOf(site.Data),
            DependencyKeys.TopLevel => TopLevel(),
            DependencyKeys.AllPages => objects.UrlsOf(site.Pages),
            DependencyKeys.TemplatePrefix => objects.TemplateOf(theme, rest),
            DependencyKeys.PagePrefix => site.Find(rest) is { } page ? objects.PageOf(page) : Absent,
            DependencyKeys.BodyPrefix => site.Find(rest)?.Body is { } body ? objects.IdOf(body) : Absent,
            DependencyKeys.UsesPrefix => objects.UsesOf(site.Links.UsesOf(rest)),
            DependencyKeys.ChildrenPrefix => site.Find(rest) is { } listing ? objects.UrlsOf(site.ChildrenOf(listing)) : Absent,
            DependencyKeys.NeighboursPrefix => Neighbours(rest),
            DependencyKeys.SourcePrefix => site.FindBySource(rest)?.Url ?? Absent,
            DependencyKeys.PackPrefix => site.Packs.FirstOrDefault(p => p.Id == rest) is { } pack ? objects.HashOf(pack) : Absent,
            DependencyKeys.ItemsPrefix => DataKinds.All.FirstOrDefault(k => k.Name == rest) is { } kind ? objects.ItemsOf(site.Briefing.ItemsOf(kind)) : Absent,
            DependencyKeys.LinksPrefix => Links(rest),
            DependencyKeys.CommitPrefix => site.CommitDates.LastCommitted(rest)?.Iso ?? Absent,
            _ when KindsByWord.TryGetValue(prefix, out var kind) => site.Briefing.Find(new DataKey(kind, rest)) is { } item ? objects.HashOf(item) : Absent,
            _ => throw new ArgumentException($"no such dependency key: {key}", nameof(key)),
        };

    private const string Absent = "-";

    // Navigation shows each top-level page with how many pages it lists, and the home page counts every kind's items.
    private string TopLevel()
    {
        var text = new StringBuilder();
        foreach (var page in site.TopLevel)
        {
            text.Append(page.Url).Append('|').Append(page.Kind == PageKind.Section ? site.ChildrenOf(page).Count : 0).Append(';');
        }

        foreach (var kind in DataKinds.All)
        {
            text.Append(site.Briefing.ItemsOf(kind).Count).Append(' ');
        }

        return text.Append(site.Briefing.Terms.Sum(t => t.Definitions.Count)).ToString();
    }

    private string Neighbours(string url)
    {
        if (site.Find(url) is not { } page || site.Find(Site.ParentOf(page)) is not { } parent)
        {
            return Absent;
        }

        var siblings = site.ChildrenOf(parent);
        var index = site.IndexInList(page);
        return index < 0 ? Absent
            : (index > 0 ? siblings[index - 1].Url : "") + "|" + (index < siblings.Count - 1 ? siblings[index + 1].Url : "");
    }

    private string Links(string rest)
    {
        var colon = rest.IndexOf(':');
        var (index, key) = (rest[..colon], rest[(colon + 1)..]);
        var links = site.Links;
        return index switch
        {
            CrossReferenceNames.TermUsers => objects.JoinOf(CrossReferences.Lookup(links.TermUsers, key)),
            CrossReferenceNames.Citers => objects.JoinOf(CrossReferences.Lookup(links.Citers, key)),
            CrossReferenceNames.Backlinks => objects.JoinOf(CrossReferences.Lookup(links.Backlinks, key)),
            CrossReferenceNames.ThemePages => objects.JoinOf(CrossReferences.Lookup(links.ThemePages, key)),
            CrossReferenceNames.EmbedUsers => objects.JoinOf(CrossReferences.Lookup(links.EmbedUsers, key)),
            CrossReferenceNames.Placements => links.Placements.GetValueOrDefault(key) is { } placements ? objects.HashOf(placements) : Absent,
            CrossReferenceNames.Evidence => links.Evidence.GetValueOrDefault(key) is { } evidence ? objects.HashOf(evidence) : Absent,
            _ => throw new ArgumentException($"no such cross-reference index: {index}", nameof(rest)),
        };
    }
}

/// <summary>
/// Versions of the model's objects, kept from build to build (serve): an unchanged page, item or list is the same object
/// in the next build, so each is serialised and hashed once, not once a build.
/// </summary>
internal sealed class ObjectVersions
{
    private readonly ConditionalWeakTable<object, string> _versions = new();
    private long _ids;

    /// <summary>The object serialised and hashed.</summary>
    public string HashOf(object value) => _versions.GetValue(value, v => Hash(Json(v)));

    /// <summary>A number of its own for an object that is never changed in place (a parsed Markdown body): a new object is a new version.</summary>
    public string IdOf(object value) => _versions.TryGetValue(value, out var known) ? known : _versions.GetValue(value, _ => "#" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture));

    // Looked up before the factory is made: it calls an instance method, so making it allocates, and at 30,000 pages
    // nearly every lookup finds the page's version already.
    /// <summary>Everything of a page but its body.</summary>
    public string PageOf(Page written) => _versions.TryGetValue(written, out var known) ? known : _versions.GetValue(written, value =>
    {
        var (page, front) = ((Page)value, ((Page)value).FrontMatter);
        return Hash(string.Join("|", PageKinds.Name(page.Kind), page.Title, page.Section, page.SourcePath, page.Summary, page.Date, string.Join(",", page.Authors),
            page.Weight, page.Layout?.Value, page.ItemId, page.BodyLineOffset, front is null ? "" : HashOf(front)));
    });

    /// <summary>What a page uses, but where its links were written (lines move as the body is edited; the body is a key of its own).</summary>
    public string UsesOf(PageUses uses) => _versions.GetValue(uses, u => Hash(Json((PageUses)u with { SourceLinks = [] })));

    public string UrlsOf(IReadOnlyList<Page> pages) => _versions.GetValue(pages, p => Hash(string.Join("\n", ((IReadOnlyList<Page>)p).Select(page => page.Url))));

    public string JoinOf(IReadOnlyList<string> urls) => urls.Count == 0 ? "" : _versions.GetValue(urls, u => Hash(string.Join("\n", (IReadOnlyList<string>)u)));

    public string ItemsOf(IReadOnlyList<IDataItem> items) => _versions.GetValue(items, i => Hash(string.Join("\n", ((IReadOnlyList<IDataItem>)i).Select(HashOf))));

    public string TextOf(SiteTheme theme) => _versions.GetValue(theme.Text, _ => Hash(theme.TextKey));

    public string TemplateOf(SiteTheme theme, string name) =>
        theme.Templates.TextOf(name) is { } text ? Hash(theme.Templates.DisplayPathOf(name) + "\n" + theme.Templates.Has(name) + (theme.Templates.Get(name) is null) + "\n" + text) : "-";

    // Serialisers made at compile time (FingerprintJson): the native binary has no reflection-based ones.
    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), FingerprintJson.Default);

    // 64 bits are plenty to tell an object's versions apart.
    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
}
