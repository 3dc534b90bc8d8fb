namespace BriefingGen.Rendering.Links;

/// <summary>
/// Stops a template context's link recording until disposed: markup written into rendered Markdown (term links,
/// citations, embeds) is read with the Markdown it is part of, so recording what its templates write would be work for nothing.
/// </summary>
public readonly struct RecordingPause : IDisposable
{
    private readonly HtmlTemplateContext? _context;
    private readonly LinkRecorder? _recorder;

    public RecordingPause(HtmlTemplateContext context)
    {
        _context = context;
        _recorder = context.Recorder;
        context.Recorder = null;
    }

    public void Dispose()
    {
        if (_context is not null)
        {
            _context.Recorder = _recorder;
        }
    }
}
