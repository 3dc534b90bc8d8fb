using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Model.Language;

namespace BriefingGen.Rendering;

/// <summary>
/// Author-year (Harvard) text for citations and reference-list entries, as the seed papers use. The style's words
/// ("and", "et al.", "n.d.", "p.", "Available at:", "Accessed", "ed.", "edn"...) come from the site's language file.
/// </summary>
public static partial class CitationFormatter
{
    /// <summary>The names part of a citation: "Bovaird", "Needham and Carr", "Boyle et al.", the organisation, or the title.</summary>
    public static string Names(Reference reference, InterfaceText text)
    {
        var names = reference.Authors.Count > 0 ? reference.Authors : reference.Editors;
        return names.Count switch
        {
            0 => reference.Title,
            1 => names[0].Short,
            2 => text.Text("citation_two_names", ("first", names[0].Short), ("and", text.ListAnd(names[1].Short)), ("second", names[1].Short)),
            _ => text.Text("citation_et_al", ("first", names[0].Short)),
        };
    }

    /// <summary>The year as cited: "2015a", or the language's "n.d." and suffix for a work without a year.</summary>
    public static string Year(Reference reference, InterfaceText text) =>
        reference.Year is null ? text.Text("no_date") + reference.YearSuffix : reference.CitedYear;

    /// <summary>"Bovaird, 2007" (inside parentheses) or "2007" when the author is suppressed, with the locator after.</summary>
    public static string Parenthetical(Reference reference, bool suppressAuthor, string locator, InterfaceText text)
    {
        var cited = suppressAuthor ? Year(reference, text) : $"{Names(reference, text)}, {Year(reference, text)}";
        return string.IsNullOrWhiteSpace(locator) ? cited : $"{cited}, {Locator(locator, text)}";
    }

    /// <summary>One cited work's text, as its citation has it: parenthetical ("Bovaird, 2007, p. 12") or narrative ("Bovaird (2007, p. 12)").</summary>
    public static string Cited(Reference reference, Parsing.Syntax.CitationItem item, bool parenthetical, InterfaceText text) =>
        parenthetical ? Parenthetical(reference, item.SuppressAuthor, item.Locator, text) : Narrative(reference, item.Locator, text);

    /// <summary>"Ostrom (1996)" or "Ostrom (1996, p. 12)".</summary>
    public static string Narrative(Reference reference, string locator, InterfaceText text) =>
        string.IsNullOrWhiteSpace(locator)
            ? $"{Names(reference, text)} ({Year(reference, text)})"
            : $"{Names(reference, text)} ({Year(reference, text)}, {Locator(locator, text)})";

    /// <summary>
    /// A locator as cited. As pandoc reads one, a bare page number or range is a page: "470" gives "p. 470", "12-14"
    /// "pp. 12–14", in the site's language; a locator with its own label ("ch. 2", "p. 12", "para. 4") stands as written.
    /// </summary>
    public static string Locator(string locator, InterfaceText text)
    {
        var written = locator.Trim();
        if (BarePage().IsMatch(written))
        {
            return text.Text("citation_page", ("pages", written));
        }

        return BarePages().IsMatch(written)
            ? text.Text("citation_pages", ("pages", PageRange().Replace(written, "–")))
            : written;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+[a-z]?|[ivxlcdm]+)$")]
    private static partial System.Text.RegularExpressions.Regex BarePage();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+[a-z]?(\s*(--|-|–|,)\s*\d+[a-z]?)+$")]
    private static partial System.Text.RegularExpressions.Regex BarePages();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(--|-|–)\s*")]
    private static partial System.Text.RegularExpressions.Regex PageRange();

    /// <summary>
    /// Sort key of a reference list: first author's name, year, suffix, title. The same in every language, so a
    /// translated site lists its works in the order of the English one.
    /// </summary>
    public static string SortKey(Reference reference) =>
        $"{Names(reference, InterfaceText.English).ToLowerInvariant()}\u0001{reference.CitedYear}\u0001{reference.Title.ToLowerInvariant()}";

    /// <summary>A reference-list entry's text, in parts for <c>items/bibliography-entry.html</c>: Bovaird, T. (2007) ‘Title’, <em>Journal</em>, 67(5), pp. 846–860.</summary>
    public static ReferenceEntryModel ReferenceEntry(Reference r, InterfaceText text)
    {
        var names = r.Authors.Count > 0 ? r.Authors : r.Editors;
        var isPart = r.ContainerTitle is not null && r.Type is not ("book" or "report" or "thesis");
        string? within = null;
        if (isPart && r.Type is "chapter" or "paper-conference")
        {
            within = r.Authors.Count > 0 && r.Editors.Count > 0
                ? text.Text("citation_in_editors", ("editors", NameList(r.Editors, text)), ("mark", EditorsMark(r.Editors, text)))
                : text.Text("citation_in");
        }

        var numbering = r.Volume is not null
            ? r.Issue is not null ? $"{r.Volume}({r.Issue})" : r.Volume
            : r.Issue is not null ? text.Text("citation_issue", ("issue", r.Issue)) : null;
        var pages = r.Pages is not null && isPart
            ? text.Text(r.Pages.Contains('-') || r.Pages.Contains('–') ? "citation_pages" : "citation_page", ("pages", r.Pages.Replace('-', '–')))
            : null;
        // A journal's publisher (Google Scholar exports one) is not printed for an article by author-date styles.
        var publisher = string.Join(": ", new[] { r.PublisherPlace, r.Type == "article-journal" ? null : r.Publisher }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        var note = r.Note?.TrimEnd('.');
        var edition = r.Edition is null ? null : EditionText(r.Edition, text);
        // The title block ends with whatever comes last of it; its full stop is left out after a '?' or '!' ("What is PB?").
        // Without author or editor the title comes first, and the year in brackets after it.
        var last = pages ?? numbering ?? (r.CollectionTitle is not null ? ")" : isPart ? r.ContainerTitle : r.ContainerTitle ?? (names.Count > 0 ? r.Title : ")"));
        return new ReferenceEntryModel(
            r,
            names.Count > 0 ? NameList(names, text) : null,
            names.Count > 0 && r.Authors.Count == 0 ? EditorsMark(names, text) : null,
            Year(r, text),
            isPart,
            r.Title,
            within,
            r.ContainerTitle,
            r.CollectionTitle,
            numbering,
            pages,
            publisher.Length > 0 ? publisher : null,
            note,
            WebLink(r, text))
        {
            TitleStop = Stop(last),
            Edition = edition,
            // Translators are named initials first ("J. Laredo"): each is listed as that text. The entry puts the stop after it.
            Translated = r.Translators.Count == 0 ? null
                : text.Text("citation_translated_by", ("names", NameList(r.Translators.Select(n => new Name(null, null, n.InitialsFirst)).ToList(), text))).TrimEnd('.'),
            PublisherStop = Stop(publisher),
            NoteStop = Stop(note),
        };
    }

    /// <summary>
    /// How to cite a page, as a reference list would give it: "Oliveira, M. and Hughes, T. (2026) Title. Collection.
    /// Available at: URL", with no address when the site has no base URL. Print's "cite as" line and the web page's
    /// "Cite this page" box both show it.
    /// </summary>
    public static string PageText(PageCitation citation, InterfaceText text)
    {
        var who = NameList(citation.Authors, text);
        var year = citation.Year ?? text.Text("no_date");
        (string, object?)[] parts =
        [
            ("who", who), ("year", year), ("title", citation.Title), ("title_stop", Stop(citation.Title)),
            ("site", citation.Collection), ("site_stop", Stop(citation.Collection)),
        ];
        return citation.Url is null
            ? text.Text("cite_as_text_offline", parts)
            : text.Text("cite_as_text", [.. parts, ("url", citation.Url)]);
    }

    // The full stop that ends a sentence of an entry, or none when its text ends with one, or with '?' or '!'.
    private static string Stop(string? text)
    {
        var end = text?.TrimEnd('’', '”');
        return end is { Length: > 0 } && end[^1] is '.' or '?' or '!' ? "" : ".";
    }

    private static string EditorsMark(IReadOnlyList<Name> editors, InterfaceText text) =>
        text.Text(editors.Count == 1 ? "citation_editor" : "citation_editors");

    // A DOI is linked through doi.org; otherwise a web address, if it is one (never another scheme), with the date it was read.
    private static EntryLink? WebLink(Reference r, InterfaceText text)
    {
        if (r.Doi is not null)
        {
            var doi = r.Doi.Trim();
            return new EntryLink(null, "https://doi.org/" + Uri.EscapeDataString(doi).Replace("%2F", "/"), "doi:" + doi);
        }

        return r.Url is not null && Uri.TryCreate(r.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new EntryLink(text.Text("citation_available_at"), uri.AbsoluteUri, r.Url)
            {
                Accessed = r.Accessed is null ? null : text.Text("citation_accessed", ("date", DateText(r.Accessed, text))),
            }
            : null;
    }

    // An access date as precise as it was written: "3 March 2024", "March 2024" or "2024", in the site's language.
    private static string DateText(PartialDate date, InterfaceText text) => date switch
    {
        { Month: { } month, Day: { } day } => text.LongDate(new DateOnly(date.Year, month, day)),
        { Month: { } month } => new DateOnly(date.Year, month, 1).ToString(text.Text("date_month"), text.Culture),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    // "2" gives "2nd edn", as Harvard styles write a numbered edition ({english_ordinal} is "2nd"; another language
    // words it from {number}); "2nd" as written is numbered too; a worded one ("Revised") stands as written.
    private static string EditionText(string edition, InterfaceText text)
    {
        var written = edition.Trim();
        if (int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            return text.Text("citation_numbered_edition", ("number", number.ToString(CultureInfo.InvariantCulture)), ("english_ordinal", $"{number}{suffix}"));
        }

        // A worded edition's own full stop ("Rev. ed.") is the one the entry puts after it.
        return System.Text.RegularExpressions.Regex.Match(written, @"^(\d+)(st|nd|rd|th)$") is { Success: true } ordinal
            ? text.Text("citation_numbered_edition", ("number", ordinal.Groups[1].Value), ("english_ordinal", written))
            : written.TrimEnd('.');
    }

    /// <summary>Names as a reference list gives them: "Oliveira, M., Dubois, C. and Hughes, T.", the language's "and" before the last.</summary>
    public static string NameList(IReadOnlyList<Name> names, InterfaceText text)
    {
        var inverted = names.Select(n => n.Inverted).ToList();
        return inverted.Count switch
        {
            1 => inverted[0],
            _ => text.Text("citation_two_names", ("first", string.Join(", ", inverted[..^1])), ("and", text.ListAnd(inverted[^1])), ("second", inverted[^1])),
        };
    }
}
