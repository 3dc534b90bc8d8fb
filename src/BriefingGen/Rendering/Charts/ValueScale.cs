namespace BriefingGen.Rendering.Charts;

/// <summary>
/// A value axis: round ticks (steps of 1, 2 or 5 times a power of ten) from at most zero to at least zero, covering
/// every value, and the mapping from a value to a coordinate between two ends.
/// </summary>
public sealed class ValueScale
{
    private readonly double _from;
    private readonly double _to;

    private ValueScale(decimal min, decimal max, decimal step, double from, double to)
    {
        (Min, Max, Step, _from, _to) = (min, max, step, from, to);
    }

    public decimal Min { get; }

    public decimal Max { get; }

    public decimal Step { get; }

    /// <summary>The ticks from <see cref="Min"/> to <see cref="Max"/>, one step apart; zero is always one of them.</summary>
    public IReadOnlyList<decimal> Ticks
    {
        get
        {
            var ticks = new List<decimal>();
            for (var tick = Min; tick <= Max; tick += Step)
            {
                ticks.Add(tick);
            }

            return ticks;
        }
    }

    /// <summary>
    /// A scale over <paramref name="low"/>..<paramref name="high"/> (widened to include zero, since bars start there)
    /// with about <paramref name="ticks"/> intervals, drawn from coordinate <paramref name="from"/> (the scale's
    /// minimum) to <paramref name="to"/> (its maximum).
    /// </summary>
    public static ValueScale Nice(decimal low, decimal high, int ticks, double from, double to)
    {
        low = Math.Min(low, 0);
        high = Math.Max(high, 0);
        if (low == high)
        {
            high = 1;
        }

        var step = NiceStep((high - low) / Math.Max(1, ticks));
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        return new ValueScale(min, max, step, from, to);
    }

    /// <summary>The coordinate of <paramref name="value"/>.</summary>
    public double At(decimal value) => _from + (double)((value - Min) / (Max - Min)) * (_to - _from);

    /// <summary>1, 2 or 5 times a power of ten: the smallest such step at least <paramref name="rough"/>.</summary>
    public static decimal NiceStep(decimal rough)
    {
        var power = 1m;
        while (power > rough && power > 0.0000001m)
        {
            power /= 10;
        }

        while (power * 10 <= rough && power < 1e20m)
        {
            power *= 10;
        }

        foreach (var factor in new[] { 1m, 2m, 5m, 10m })
        {
            if (factor * power >= rough)
            {
                return factor * power;
            }
        }

        return 10 * power;
    }
}
