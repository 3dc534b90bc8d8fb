using System.Globalization;
using System.Text;
using BriefingGen.Model;
using BriefingGen.Model.Language;
using BriefingGen.Yaml;

namespace BriefingGen.Rendering;

/// <summary>
/// What a page's citation says, whatever the format it is written in: its authors as a citation lists them (the
/// organisation, or the collection, for a page without authors), its date, title, the collection it is part of, and
/// its address when the site has a base URL. The "cite as" text (<see cref="CitationFormatter.PageText"/>) and the
/// BibTeX, RIS and CSL JSON files (<see cref="CitationFiles"/>) are all made from it, so they agree.
/// </summary>
public sealed record PageCitation(
    string Key,
    IReadOnlyList<Name> Authors,
    WrittenDate? Date,
    string Title,
    string Collection,
    string? Publisher,
    string? Url,
    string Language)
{
    public static PageCitation Of(Page page, Site site, InterfaceText text)
    {
        var config = site.Config;
        var publisher = config.Organisation.Length > 0 ? config.Organisation : null;
        IReadOnlyList<Name> authors = page.Authors.Count > 0
            ? page.Authors.Select(Name.Of).ToList()
            : [new Name(null, null, publisher ?? config.Title)];
        return new PageCitation(KeyOf(page), authors, page.WrittenDate, PageTitles.Shown(page, site, text), config.Title, publisher,
            config.BaseUrl is null ? null : PageModel.WebUrl(site, page), config.Language);
    }

    /// <summary>The year as a citation gives it: digits in every language ("2024", never "2,024").</summary>
    public string? Year => Date?.Year.ToString(CultureInfo.InvariantCulture);

    // The key a reference manager files the work under: the page's slug, in the letters a BibTeX key may hold.
    private static string KeyOf(Page page)
    {
        var slug = page.Url.TrimEnd('/').Split('/')[^1].Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(slug.Length);
        foreach (var c in slug)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            {
                key.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append('-');
            }
        }

        return key.Length > 0 && char.IsAsciiLetterOrDigit(key[0]) ? key.ToString() : "page-" + key;
    }
}
