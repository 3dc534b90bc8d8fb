using System.Text;

namespace BriefingGen.Rendering;

/// <summary>
/// The buffers a page layout's first captures write into, kept from page to page: a layout captures the whole page
/// (<c>{{ capture main }}</c>), and a new buffer for it grew block by block, a sixth of a page's allocation. Only the
/// layout's captures take them (the item templates a page model renders first keep Scriban's own); one page's
/// captures each have their own, and they are handed out again only after the page is done, when nothing reads them.
/// </summary>
internal sealed class CaptureBuffers
{
    // A layout's first captures (the page, a byline's names); later ones, in loops, get buffers of their own.
    private const int Kept = 4;
    // A page is tens of kilobytes; a listing of the whole site can be megabytes, and is not worth keeping per context.
    private const int MaxKeptCapacity = 1024 * 1024;

    private readonly StringBuilder?[] _buffers = new StringBuilder?[Kept];
    private int _taken;
    private bool _open;

    /// <summary>Lets the captures from now until <see cref="Reset"/> take the kept buffers: the page's layout renders.</summary>
    public void Open() => _open = true;

    /// <summary>An empty buffer for the next capture of this page, or null (Scriban's own) when none is to be taken.</summary>
    public StringBuilder? Take()
    {
        if (!_open || _taken >= Kept)
        {
            return null;
        }

        var buffer = _buffers[_taken] is { Capacity: <= MaxKeptCapacity } kept ? kept.Clear() : new StringBuilder(1024);
        _buffers[_taken++] = buffer;
        return buffer;
    }

    /// <summary>Lets the buffers be taken by the next page's layout: the page that wrote into them is done.</summary>
    public void Reset() => (_taken, _open) = (0, false);
}
