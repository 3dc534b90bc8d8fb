using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;
using BriefingGen.Writing;

namespace BriefingGen.Incremental;

/// <summary>The last build's check of the output paths (serve), made again only when the paths, or where they come from, changed.</summary>
internal sealed class OutputPathsMemo
{
    private List<(string Path, string Origin)> _checked = [];
    private IReadOnlyList<string> _generated = [];
    private IReadOnlyList<Diagnostic> _problems = [];

    /// <param name="generated">Files the build writes after the pages (PDFs, the search index's files).</param>
    public void Check(IReadOnlyList<RenderedPage> rendered, IReadOnlyList<AssetFile> assets, IReadOnlyList<string> generated, DiagnosticBag diagnostics)
    {
        var same = _checked.Count == rendered.Count + assets.Count && _generated.SequenceEqual(generated);
        for (var i = 0; same && i < rendered.Count; i++)
        {
            same = _checked[i] == (rendered[i].OutputPath, rendered[i].Origin);
        }

        for (var i = 0; same && i < assets.Count; i++)
        {
            same = _checked[rendered.Count + i] == (assets[i].OutputPath, assets[i].DisplayPath);
        }

        if (!same)
        {
            var own = new DiagnosticBag();
            OutputPaths.Check(rendered, assets, own, generated);
            _generated = generated;
            _problems = own.Sorted();
            _checked = rendered.Select(p => (p.OutputPath, p.Origin)).Concat(assets.Select(a => (a.OutputPath, a.DisplayPath))).ToList();
        }

        foreach (var problem in _problems)
        {
            diagnostics.Add(problem);
        }
    }
}
