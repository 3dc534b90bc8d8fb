namespace BriefingGen.Diagnostics;

/// <summary>Every diagnostic code BriefingGen reports, one per kind of problem. The README's table is generated from <see cref="All"/>.</summary>
public static class DiagnosticCodes
{
    public const string InternalError = "BG0001";

    public const string ConfigMissing = "BG0101";
    public const string UnknownKey = "BG0102";
    public const string WrongType = "BG0103";
    public const string InvalidValue = "BG0104";
    public const string YamlSyntax = "BG0105";
    public const string YamlTooComplex = "BG0106";
    public const string UnknownLanguage = "BG0107";
    public const string MissingInterfaceString = "BG0108";
    public const string BibtexSyntax = "BG0109";
    public const string InvalidOrcid = "BG0110";

    public const string NotUtf8 = "BG0201";
    public const string EmptyFile = "BG0202";
    public const string FileTooLarge = "BG0203";
    public const string UnsafePath = "BG0204";
    public const string OutputFolderRefused = "BG0205";
    public const string OutputLocked = "BG0206";
    public const string NotRegularFile = "BG0207";
    public const string ActiveContent = "BG0208";
    public const string ReservedOutputPath = "BG0209";
    public const string OutputTooLarge = "BG0210";
    public const string DataTextTooLong = "BG0211";
    public const string PageTooLarge = "BG0212";

    public const string MissingFrontMatter = "BG0301";
    public const string UnclosedFrontMatter = "BG0302";
    public const string MissingRequiredField = "BG0303";
    public const string DuplicateOutputPath = "BG0304";
    public const string UnsafeSlug = "BG0305";
    public const string UnsafeLayout = "BG0306";
    public const string UnknownLayout = "BG0307";
    public const string DuplicateId = "BG0308";
    public const string MarkdownTooDeep = "BG0309";
    public const string RawHtmlScript = "BG0310";
    public const string UnsafeUrl = "BG0311";
    public const string LineTooLong = "BG0312";
    public const string AmbiguousTermName = "BG0313";

    public const string TemplateSyntax = "BG0401";
    public const string TemplateRuntime = "BG0402";
    public const string TemplateSameAsTheme = "BG0403";

    public const string BrokenLink = "BG0501";
    public const string BrokenFragment = "BG0502";
    public const string ImageWithoutAlt = "BG0503";

    public const string UnknownTerm = "BG0601";
    public const string UnknownCitation = "BG0602";
    public const string UnknownTheme = "BG0603";
    public const string UnknownGrid = "BG0604";
    public const string UnknownCell = "BG0605";
    public const string UnknownTableItem = "BG0606";
    public const string UnknownPage = "BG0607";
    public const string UnknownDataItem = "BG0608";
    public const string UnknownEmbed = "BG0609";
    public const string UnknownReference = "BG0610";
    public const string InvalidGrid = "BG0611";
    public const string InvalidFigure = "BG0612";
    public const string UnusedDataItem = "BG0613";
    public const string UncitedReference = "BG0614";

    public const string BrowserMissing = "BG0701";
    public const string PdfFailed = "BG0702";
    public const string HandoutTooLong = "BG0703";
    public const string PrintNetworkBlocked = "BG0704";
    public const string PrintWithoutAddress = "BG0705";
    public const string SearchIndexFailed = "BG0801";


    /// <summary>The table of codes: code, default severity, what it means.</summary>
    public static IReadOnlyList<(string Code, Severity Severity, string Meaning)> All { get; } =
    [
        (InternalError, Severity.Error, "An unexpected failure inside BriefingGen while processing the named file (please report it)."),
        (ConfigMissing, Severity.Warning, "`site.config.yml` is missing; defaults are used."),
        (UnknownKey, Severity.Warning, "A key that BriefingGen does not know (config, front matter or data); probably a typo."),
        (WrongType, Severity.Error, "A value of the wrong type (a list where text is expected, text where a number is expected...)."),
        (InvalidValue, Severity.Error, "A value of the right type that is not allowed (a bad date, an unknown option, a malformed URL or id)."),
        (YamlSyntax, Severity.Error, "YAML that cannot be read (config, front matter or data file)."),
        (YamlTooComplex, Severity.Error, "YAML nested too deeply or expanding too many aliases."),
        (UnknownLanguage, Severity.Warning, "The config's `language` has no interface strings in the theme or `templates/i18n/`; English is shown."),
        (MissingInterfaceString, Severity.Warning, "A language file lacks keys of the theme's `i18n/en.yml`; those strings are shown in English."),
        (BibtexSyntax, Severity.Error, "A `references.bib` file that BibTeX cannot read (an entry never closed, a missing `=` or `,`, an undefined `@string` name, a field given twice), or a `.bib` file not named for references."),
        (InvalidOrcid, Severity.Warning, "An author's `orcid` that is not an ORCID iD (four groups of four digits, the last may be X, with a matching check digit); the author is shown without it."),
        (NotUtf8, Severity.Error, "A text file that is not valid UTF-8."),
        (EmptyFile, Severity.Error, "An empty content or data file."),
        (FileTooLarge, Severity.Error, "A file larger than `limits.max_file_bytes`."),
        (UnsafePath, Severity.Error, "A path (asset, data file, symlink) that leads outside the site folder."),
        (OutputFolderRefused, Severity.Error, "The output folder is a file, the site folder, a folder above it, its content or templates, `/`, or a folder that BriefingGen did not write."),
        (OutputLocked, Severity.Error, "Another build is writing the same output folder."),
        (NotRegularFile, Severity.Error, "A FIFO, device or socket in the site: only regular files are read."),
        (ActiveContent, Severity.Error, "A content file that a browser would run (`.html`, `.js`, an SVG with scripts...) while `security.active_content` is off."),
        (ReservedOutputPath, Severity.Error, "A content file that would be written over a theme file or a page the build generates."),
        (OutputTooLarge, Severity.Error, "The build's files add up to more than `limits.max_output_bytes` (1 GiB by default); nothing is published."),
        (DataTextTooLong, Severity.Error, "A text in a data file longer than `limits.max_text_length` (100,000 characters by default)."),
        (PageTooLarge, Severity.Error, "A page too large or too complex to process in the memory or stack available."),
        (MissingFrontMatter, Severity.Error, "A page without front matter (`---` on the first line)."),
        (UnclosedFrontMatter, Severity.Error, "Front matter that opens with `---` but never closes."),
        (MissingRequiredField, Severity.Error, "A required field is missing (a page's `title`, a data item's `id`...)."),
        (DuplicateOutputPath, Severity.Error, "Two pages claim the same URL."),
        (UnsafeSlug, Severity.Error, "A slug that is empty, absolute, or contains `/`, `\\` or `..`."),
        (UnsafeLayout, Severity.Error, "A layout name that is absolute or contains `..`."),
        (UnknownLayout, Severity.Error, "A layout that no template file provides."),
        (DuplicateId, Severity.Error, "Two data items of one kind with the same id."),
        (MarkdownTooDeep, Severity.Error, "Markdown nested deeper than the limit (quotes and lists 32 deep; emphasis, links and lists together 100 deep)."),
        (LineTooLong, Severity.Error, "A line of a page longer than `limits.max_line_length` (20,000 characters by default)."),
        (RawHtmlScript, Severity.Warning, "A `<script>` in content when raw HTML is allowed."),
        (UnsafeUrl, Severity.Error, "A `javascript:`, `vbscript:` or `data:` URL in a link from content."),
        (AmbiguousTermName, Severity.Error, "A term alias that is another term's id, name or alias, so that `[[...]]` would name either."),
        (TemplateSyntax, Severity.Error, "A Scriban template that does not parse."),
        (TemplateRuntime, Severity.Error, "A Scriban template that fails while rendering a page."),
        (TemplateSameAsTheme, Severity.Warning, "A file in `templates/` byte-identical to the default theme's file of the same path (left by `theme export`); delete it to keep receiving theme updates."),
        (BrokenLink, Severity.Error, "An internal link to a page or file that the build does not write, reported where it is written (in a page's Markdown or a data file's text)."),
        (BrokenFragment, Severity.Error, "An internal link to a `#fragment` that the target page does not have."),
        (ImageWithoutAlt, Severity.Warning, "An image in Markdown without alt text (`![](photo.png)`): readers who cannot see it learn nothing of it."),
        (UnknownTerm, Severity.Error, "A `[[term]]` link or term id that no term or alias matches."),
        (UnknownCitation, Severity.Error, "A citation key that is not in the bibliography."),
        (UnknownTheme, Severity.Error, "A theme id that `themes.yml` does not define."),
        (UnknownGrid, Severity.Error, "A placement on a grid that `grids.yml` does not define."),
        (UnknownCell, Severity.Error, "A placement in a cell (`row/column`) that the grid does not have."),
        (UnknownTableItem, Severity.Error, "Evidence for a benefit/risk item that does not exist."),
        (UnknownPage, Severity.Error, "A related page that does not exist."),
        (UnknownDataItem, Severity.Error, "An embed of a data item that does not exist."),
        (UnknownEmbed, Severity.Error, "An embed of a kind BriefingGen does not know, or with an option its kind does not take (`cases=off` is a grid's)."),
        (UnknownReference, Severity.Error, "A data item or fact whose source (or one of its sources) is not in the bibliography."),
        (InvalidGrid, Severity.Error, "A grid whose cells do not match its axes (missing, extra or duplicate cells)."),
        (InvalidFigure, Severity.Error, "A figure that cannot be drawn: a series without one value per category, a value beyond a quadrillion, or an unknown kind of chart."),
        (UnusedDataItem, Severity.Warning, "A term, grid, table, figure, comparison, theme or timeline that no page uses."),
        (UncitedReference, Severity.Warning, "A reference that no page cites."),
        (BrowserMissing, Severity.Warning, "`--pdf` was given but no Chromium was found; the print pages are written without their PDFs."),
        (PdfFailed, Severity.Error, "Chromium failed to print a page to PDF."),
        (HandoutTooLong, Severity.Warning, "A roundtable handout does not fit on two sides."),
        (SearchIndexFailed, Severity.Error, "Pagefind was found but failed to index the site."),
        (PrintNetworkBlocked, Severity.Warning, "A print page asked for something outside the site (a web font, an image URL); it was refused."),
        (PrintWithoutAddress, Severity.Warning, "PDFs printed for a site without `base_url`: they show no web address or QR code."),
    ];
}
