using System.Diagnostics;

namespace Sitrep.Cli.Processing;

/// <summary>
/// On a terminal, a live line with counts and rate, redrawn in place; when standard error is
/// redirected, a plain log line every few seconds. Silent for runs of a handful of files.
/// </summary>
public sealed class ProgressReporter : IProgressReporter
{
    private const int QuietBelowFiles = 4;
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly int? _expectedFiles;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport = TimeSpan.Zero;
    private int _files, _documents, _events, _failed;
    private bool _drewLine;

    public ProgressReporter(TextWriter error, bool terminal, int? expectedFiles)
    {
        _error = error;
        _terminal = terminal;
        _expectedFiles = expectedFiles;
    }

    public void Advance(ProcessedInput input)
    {
        _files++;
        _documents += input.Items.Length;
        _events += input.Items.Sum(i => i.Events.Length);
        if (input.Failed) _failed++;
        if (_expectedFiles is int expected && expected < QuietBelowFiles) return;
        TimeSpan now = _clock.Elapsed;
        if (_terminal)
        {
            if ((now - _lastReport).TotalMilliseconds < 100 && _files != _expectedFiles) return;
            _error.Write($"\r{Bar()} {Summary(now)}\u001b[K");
            _drewLine = true;
        }
        else if (now - _lastReport >= LogInterval)
        {
            _error.WriteLine($"progress: {Summary(now)}");
        }
        else
        {
            return;
        }
        _lastReport = now;
    }

    public void Dispose()
    {
        if (_drewLine) _error.WriteLine();
    }

    private string Bar()
    {
        if (_expectedFiles is not int expected || expected == 0) return "";
        const int width = 24;
        int filled = (int)Math.Round(width * Math.Min(1.0, (double)_files / expected));
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }

    private string Summary(TimeSpan elapsed)
    {
        double rate = elapsed.TotalSeconds > 0 ? _documents / elapsed.TotalSeconds : 0;
        string files = _expectedFiles is int expected ? $"{_files}/{expected} files" : $"{_files} files";
        return $"{files}, {_documents} documents, {_events} events, {_failed} failed, {rate:0.0} docs/s";
    }
}
