using System.Diagnostics;

namespace BriefingGen;

/// <summary>How long each stage of a build took, printed to stderr when BRIEFINGGEN_TIMINGS=1 (for profiling).</summary>
internal sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, double Milliseconds)> _marks = [];
    private double _last;

    public void Mark(string stage)
    {
        var now = _clock.Elapsed.TotalMilliseconds;
        _marks.Add((stage, now - _last));
        _last = now;
    }

    public void Report()
    {
        if (Environment.GetEnvironmentVariable("BRIEFINGGEN_TIMINGS") == "1")
        {
            Console.Error.WriteLine("timings: " + string.Join(", ", _marks.Select(m => $"{m.Stage} {m.Milliseconds:0} ms")));
        }
    }
}
