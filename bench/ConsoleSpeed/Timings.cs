namespace HerstelWerk.Bench.ConsoleSpeed;

/// <summary>One measure's samples in milliseconds, with its goal at the 95th percentile.</summary>
internal sealed class Timings(string measure, double goalP95Ms)
{
    private readonly List<double> _samples = [];

    public string Measure => measure;

    public double GoalP95Ms => goalP95Ms;

    public int Count => _samples.Count;

    public void Add(TimeSpan elapsed) => _samples.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _samples.Order().ToList();
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public bool Met => Percentile(0.95) <= goalP95Ms;
}
