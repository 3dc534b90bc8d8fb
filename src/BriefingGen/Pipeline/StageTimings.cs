using System.Diagnostics;

namespace BriefingGen.Pipeline;

/// <summary>How long each stage of a build took, printed to stderr when BRIEFINGGEN_TIMINGS=1 (for profiling).</summary>
internal sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _pausedBefore = GC.GetTotalPauseDuration();
    private readonly List<(string Stage, long Bytes)> _allocations = [];
    private long _lastAllocated = GC.GetTotalAllocatedBytes();
    private readonly int[] _collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly List<(string Stage, double Milliseconds)> _marks = [];
    private double _last;

    public void Mark(string stage)
    {
        var now = _clock.Elapsed.TotalMilliseconds;
        _marks.Add((stage, now - _last));
        _last = now;
        var allocated = GC.GetTotalAllocatedBytes();
        _allocations.Add((stage, allocated - _lastAllocated));
        _lastAllocated = allocated;
    }

    public void Report()
    {
        if (Environment.GetEnvironmentVariable("BRIEFINGGEN_TIMINGS") == "1")
        {
            // The garbage collector's share: its pauses stop every stage, and a large site's heap makes them long.
            var collections = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - _collectionsBefore[g]));
            Console.Error.WriteLine("timings: " + string.Join(", ", _marks.Select(m => $"{m.Stage} {m.Milliseconds:0} ms")) +
                $"; GC paused {(GC.GetTotalPauseDuration() - _pausedBefore).TotalMilliseconds:0} ms, collections (gen 0/1/2) {collections}; allocated " +
                string.Join(", ", _allocations.Select(a => $"{a.Stage} {a.Bytes / 1e6:0.0} MB")));
        }
    }
}
