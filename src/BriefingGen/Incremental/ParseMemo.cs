using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Parsing;
using Markdig;

namespace BriefingGen.Incremental;

/// <summary>
/// The last build's parses (serve): a page or data file is parsed again only when its text changed, so that later
/// memos can tell an unchanged file by its parse being the same object. Counts each page file's versions, which
/// fingerprints name instead of hashing its whole text.
/// </summary>
internal sealed class ParseMemo
{
    private PlaceMemo<PageParse> _pages = new();
    private (bool UnsafeHtml, int MaxLineLength) _pageSettings;
    private Dictionary<string, DataParse> _data = new(StringComparer.Ordinal);
    private bool _dataUnsafeHtml;
    private readonly Dictionary<string, string> _versions = new(StringComparer.Ordinal);
    private int _edits;

    // A page file's text and what parsing it gave (no text: not parsed in the last build).
    private readonly record struct PageParse(string? Text, ParsedPage? Page, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly record struct DataParse(string Text, ParsedDataFile? File, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>A page file's version: changes whenever its parse does; "?" for a file not parsed.</summary>
    public string Version(string path) => _versions.GetValueOrDefault(path, "?");

    public List<ParsedPage> Pages(SiteSources sources, MarkdownPipeline markdown, DiagnosticBag diagnostics)
    {
        // A parse depends on the settings it was made with as well as on the text.
        var settings = (sources.Config.UnsafeHtml, sources.Config.Limits.MaxLineLength);
        if (settings != _pageSettings)
        {
            _pages = new PlaceMemo<PageParse>();
            _pageSettings = settings;
        }

        var files = sources.Pages;
        var last = _pages.Recall(files, FilePath);
        var results = new PageParse[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            if (last[i].Text is { } text && (ReferenceEquals(text, file.Text) || text == file.Text))
            {
                results[i] = last[i] with { Text = file.Text };
                return;
            }

            var own = new DiagnosticBag();
            var page = PageParser.Parse(file, markdown, own, sources.Config.Limits.MaxLineLength);
            results[i] = new PageParse(file.Text, page, own.Sorted());
        });

        var pages = new List<ParsedPage>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (last[i].Text is null || !ReferenceEquals(last[i].Page, results[i].Page))
            {
                _versions[files[i].Path] = (++_edits).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (var diagnostic in results[i].Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            if (results[i].Page is { } page)
            {
                pages.Add(page);
            }
        }

        _pages.Store(files, FilePath, results);
        if (_versions.Count != files.Count)
        {
            _versions.RemoveAllBut(files.Select(FilePath));
        }

        return pages;
    }

    private static string FilePath(SourceFile file) => file.Path;

    public List<ParsedDataFile> Data(SiteSources sources, MarkdownPipeline markdown, DiagnosticBag diagnostics)
    {
        // Raw HTML allowed or not changes which links a text holds, so the data is read again when that setting changes.
        if (sources.Config.UnsafeHtml != _dataUnsafeHtml)
        {
            _data.Clear();
            _dataUnsafeHtml = sources.Config.UnsafeHtml;
        }

        var next = new Dictionary<string, DataParse>(StringComparer.Ordinal);
        var files = new List<ParsedDataFile>();
        foreach (var source in sources.DataFiles)
        {
            if (!_data.TryGetValue(source.Path, out var parsed) || parsed.Text != source.Text)
            {
                var own = new DiagnosticBag();
                parsed = new DataParse(source.Text, DataFileParser.Parse(source, markdown, own, sources.Config.Limits.MaxTextLength), own.Sorted());
            }

            next[source.Path] = parsed;
            foreach (var diagnostic in parsed.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            if (parsed.File is not null)
            {
                files.Add(parsed.File);
            }
        }

        _data = next;
        return files;
    }
}
