using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing.Bibtex;

namespace BriefingGen.Model.Data;

/// <summary>
/// Turns a BibTeX entry into the reference CSL YAML would give: its type mapped as pandoc and Zotero map it, its
/// fields to CSL variables, its LaTeX to plain text. Fields with no CSL counterpart here (abstract, keywords, file,
/// shorttitle...) are ignored without a word, as BibTeX styles ignore fields they do not print.
/// </summary>
public static class BibtexReferences
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["article"] = "article-journal", ["book"] = "book", ["mvbook"] = "book", ["booklet"] = "pamphlet",
        ["inbook"] = "chapter", ["incollection"] = "chapter", ["inproceedings"] = "paper-conference",
        ["conference"] = "paper-conference", ["proceedings"] = "book", ["collection"] = "book", ["manual"] = "report",
        ["techreport"] = "report", ["report"] = "report", ["phdthesis"] = "thesis", ["mastersthesis"] = "thesis",
        ["thesis"] = "thesis", ["unpublished"] = "manuscript", ["online"] = "webpage", ["electronic"] = "webpage",
        ["www"] = "webpage", ["patent"] = "patent", ["dataset"] = "dataset", ["software"] = "software",
    };

    public static Reference? Read(BibtexEntry entry, DiagnosticBag diagnostics)
    {
        if (!DataItems.IsValidId(entry.Key))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, entry.Span,
                $"'{entry.Key}' is not a valid key: use letters, digits, '-', '_', ':' or '.', starting with a letter or digit");
            return null;
        }

        var title = Text(entry, "title");
        if (title is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingRequiredField, entry.Span, $"the @{entry.Type} entry '{entry.Key}' needs a 'title' field");
        }

        var url = Url(entry);
        var type = Types.TryGetValue(entry.Type, out var mapped) ? mapped : url is null ? "document" : "webpage";
        var container = Text(entry, "journal") ?? Text(entry, "journaltitle") ?? Text(entry, "booktitle");
        var publisher = Text(entry, "publisher") ?? Text(entry, "institution") ?? Text(entry, "school") ?? Text(entry, "organization");
        return new Reference(
            entry.Key,
            type,
            Names(entry, "author"),
            Names(entry, "editor"),
            Year(entry, diagnostics),
            null,
            title ?? "",
            container,
            Text(entry, "series"),
            publisher,
            Text(entry, "address") ?? Text(entry, "location"),
            Text(entry, "volume"),
            Text(entry, "number") ?? Text(entry, "issue"),
            Text(entry, "pages"),
            Verbatim(entry.Field("doi")?.Value),
            url,
            Text(entry, "note") ?? NotUrl(Text(entry, "howpublished")),
            entry.Span)
        {
            Edition = Text(entry, "edition"),
            Accessed = Accessed(entry, diagnostics),
            Translators = Names(entry, "translator"),
        };
    }

    private static string? Text(BibtexEntry entry, string field) =>
        entry.Field(field) is { } found && LatexText.ToPlain(found.Value) is { Length: > 0 } text ? text : null;

    private static List<Name> Names(BibtexEntry entry, string field) =>
        entry.Field(field) is not { } found
            ? []
            : BibtexName.List(found.Value)
                .Select(n => n.Literal is not null
                    ? new Name(null, null, n.Literal)
                    : new Name(n.Last, n.First, null) { NonDroppingParticle = n.Von, Suffix = n.Jr })
                .ToList();

    // year = {1998}; biblatex writes date = {1998-12}.
    private static int? Year(BibtexEntry entry, DiagnosticBag diagnostics)
    {
        if (entry.Field("year") is { } year)
        {
            var text = LatexText.ToPlain(year.Value);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 10000)
            {
                return number;
            }

            diagnostics.Error(DiagnosticCodes.InvalidValue, year.Span, $"'year' must be a year such as 1998, not '{text}'");
            return null;
        }

        if (entry.Field("date") is { } date)
        {
            if (PartialDate.Parse(LatexText.ToPlain(date.Value).Split('/')[0]) is { } parsed)
            {
                return parsed.Year;
            }

            diagnostics.Error(DiagnosticCodes.InvalidValue, date.Span, $"'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '{date.Value}'");
        }

        return null;
    }

    private static PartialDate? Accessed(BibtexEntry entry, DiagnosticBag diagnostics)
    {
        if (entry.Field("urldate") is not { } field)
        {
            return null;
        }

        if (PartialDate.Parse(LatexText.ToPlain(field.Value)) is { } date)
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, field.Span, $"'urldate' must be a date written YYYY-MM-DD, not '{field.Value}'");
        return null;
    }

    // An address is not LaTeX: "a--b" and "~user" stay as written. "\url{...}" and escapes such as "\_" are undone.
    private static string? Url(BibtexEntry entry) =>
        Verbatim(entry.Field("url")?.Value) ?? UrlIn(entry.Field("howpublished")?.Value);

    private static string? UrlIn(string? howpublished) =>
        Verbatim(howpublished) is { } text && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
                                               text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ? text : null;

    private static string? NotUrl(string? howpublished) => UrlIn(howpublished) is null ? howpublished : null;

    private static string? Verbatim(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith(@"\url{", StringComparison.Ordinal) && text.EndsWith('}'))
        {
            text = text[5..^1];
        }

        var plain = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && !char.IsAsciiLetter(text[i + 1]))
            {
                continue; // "\_" is "_"
            }

            if (text[i] is not ('{' or '}'))
            {
                plain.Append(text[i]);
            }
        }

        return plain.Length == 0 ? null : plain.ToString().Trim();
    }
}
