using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// A page's citation as reference managers import it: BibTeX, RIS and CSL JSON, each escaped as its format requires,
/// so that any title or name (braces, ampersands, quotes, line breaks) reads back as written.
/// </summary>
public static class CitationFiles
{
    public static string Text(PageCitation citation, CitationFormat format) => format switch
    {
        CitationFormat.Bibtex => Bibtex(citation),
        CitationFormat.Ris => Ris(citation),
        CitationFormat.CslJson => CslJson(citation),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a citation format"),
    };

    /// <summary>A <c>@misc</c> entry, as Zotero exports a web page; <c>date</c> and <c>language</c> are biblatex's, which BibTeX skips.</summary>
    public static string Bibtex(PageCitation citation)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("author", string.Join(" and ", citation.Authors.Select(BibtexName))),
            // Doubled braces keep the title's capitals as written, whatever the style.
            ("title", "{" + Latex(citation.Title) + "}"),
            ("howpublished", Latex(citation.Collection)),
        };
        if (citation.Publisher is { } publisher)
        {
            fields.Add(("publisher", Latex(publisher)));
        }

        if (citation.Date is { } date)
        {
            fields.Add(("year", citation.Year!));
            if (date.Month is not null)
            {
                fields.Add(("date", date.Iso));
            }
        }

        if (citation.Url is { } url)
        {
            fields.Add(("url", BibtexUrl(url)));
        }

        fields.Add(("language", Latex(citation.Language)));
        var entry = new StringBuilder();
        entry.Append("@misc{").Append(citation.Key).Append(",\n");
        for (var i = 0; i < fields.Count; i++)
        {
            entry.Append("  ").Append(fields[i].Name).Append(" = {").Append(fields[i].Value).Append('}').Append(i < fields.Count - 1 ? ",\n" : "\n");
        }

        return entry.Append("}\n").ToString();
    }

    /// <summary>An <c>ELEC</c> (web page) record, one tag a line, ended by <c>ER</c>.</summary>
    public static string Ris(PageCitation citation)
    {
        var lines = new StringBuilder();
        void Tag(string tag, string value) => lines.Append(tag).Append("  - ").Append(OneLine(value)).Append('\n');
        Tag("TY", "ELEC");
        Tag("ID", citation.Key);
        foreach (var name in citation.Authors)
        {
            Tag("AU", RisName(name));
        }

        Tag("TI", citation.Title);
        Tag("T2", citation.Collection);
        if (citation.Publisher is { } publisher)
        {
            Tag("PB", publisher);
        }

        if (citation.Date is { } date)
        {
            Tag("PY", citation.Year!);
            // RIS writes a date YYYY/MM/DD/, its unknown parts empty.
            Tag("DA", $"{date.Year:D4}/{(date.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "")}/{(date.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : "")}/");
        }

        if (citation.Url is { } url)
        {
            Tag("UR", url);
        }

        Tag("LA", citation.Language);
        return lines.Append("ER  - \n").ToString();
    }

    /// <summary>A CSL JSON array of one <c>webpage</c> item, as Zotero and pandoc read it.</summary>
    public static string CslJson(PageCitation citation)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", citation.Key);
            json.WriteString("type", "webpage");
            json.WriteString("title", citation.Title);
            json.WriteStartArray("author");
            foreach (var name in citation.Authors)
            {
                WriteName(json, name);
            }

            json.WriteEndArray();
            if (citation.Date is { } date)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                json.WriteNumberValue(date.Year);
                if (date.Month is { } month)
                {
                    json.WriteNumberValue(month);
                }

                if (date.Day is { } day)
                {
                    json.WriteNumberValue(day);
                }

                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteString("container-title", citation.Collection);
            if (citation.Publisher is { } publisher)
            {
                json.WriteString("publisher", publisher);
            }

            if (citation.Url is { } url)
            {
                json.WriteString("URL", url);
            }

            json.WriteString("language", citation.Language);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    // Letters of every script are written as they are; what HTML reads as markup ('<', '&') stays escaped. Made once:
    // an encoder is a table of every character's escaping, which made per page was a twelfth of a case study's allocation.
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static void WriteName(Utf8JsonWriter json, Name name)
    {
        json.WriteStartObject();
        if (name.Literal is not null || name.Family is null)
        {
            json.WriteString("literal", name.Literal ?? name.Given ?? "");
        }
        else
        {
            json.WriteString("family", name.Family);
            if (name.Given is not null)
            {
                json.WriteString("given", name.Given);
            }

            if (name.NonDroppingParticle is not null)
            {
                json.WriteString("non-dropping-particle", name.NonDroppingParticle);
            }

            if (name.DroppingParticle is not null)
            {
                json.WriteString("dropping-particle", name.DroppingParticle);
            }

            if (name.Suffix is not null)
            {
                json.WriteString("suffix", name.Suffix);
            }
        }

        json.WriteEndObject();
    }

    // "van Gogh, Jr., Vincent": von Last, Jr, First, as BibTeX splits a name; an organisation is braced whole, so that
    // BibTeX neither splits nor abbreviates it.
    private static string BibtexName(Name name)
    {
        if (name.Literal is not null || name.Family is null)
        {
            return "{" + Latex(name.Literal ?? name.Given ?? "") + "}";
        }

        var family = name.NonDroppingParticle is null ? name.Family : $"{name.NonDroppingParticle} {name.Family}";
        var given = name.DroppingParticle is null ? name.Given : $"{name.Given} {name.DroppingParticle}".Trim();
        var parts = new List<string> { Latex(family) };
        if (name.Suffix is not null)
        {
            parts.Add(Latex(name.Suffix));
        }

        if (!string.IsNullOrWhiteSpace(given))
        {
            parts.Add(Latex(given));
        }

        return string.Join(", ", parts);
    }

    private static string RisName(Name name)
    {
        if (name.Literal is not null || name.Family is null)
        {
            return name.Literal ?? name.Given ?? "";
        }

        var family = name.NonDroppingParticle is null ? name.Family : $"{name.NonDroppingParticle} {name.Family}";
        var given = name.DroppingParticle is null ? name.Given : $"{name.Given} {name.DroppingParticle}".Trim();
        var parts = new List<string> { family };
        if (!string.IsNullOrWhiteSpace(given))
        {
            parts.Add(given);
        }

        if (name.Suffix is not null)
        {
            parts.Add(name.Suffix);
        }

        return string.Join(", ", parts);
    }

    /// <summary>Text as a BibTeX value holds it: LaTeX's special characters escaped, braces balanced, on one line.</summary>
    public static string Latex(string text)
    {
        var latex = new StringBuilder(text.Length + 8);
        foreach (var c in OneLine(text))
        {
            latex.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '^' => @"\^{}",
                '~' => @"\~{}",
                _ => c.ToString(),
            });
        }

        return latex.ToString();
    }

    // An address is read verbatim (\url), but its braces must still balance and a backslash end nothing: both are
    // percent-encoded, as a browser would send them.
    private static string BibtexUrl(string url) => url.Replace("\\", "%5C").Replace("{", "%7B").Replace("}", "%7D");

    // A field is one line in RIS, and a line break in a BibTeX value is a space: every run of white space is one space.
    // Other control characters (which no text needs) go too.
    private static string OneLine(string text) =>
        string.Join(' ', string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
