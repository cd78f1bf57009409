using System.Runtime.InteropServices;

namespace NewsAlerts.Benchmarks.Matching;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), to report time spent on one core apart from
/// time lost to other processes sharing the machine. Unavailable elsewhere: <see cref="IsAvailable"/> is false.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>Milliseconds of CPU used by this thread so far.</summary>
    public static double NowMilliseconds() => TryNow(out var ms) ? ms : 0;

    private static bool TryNow(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (NativeMethods.clock_gettime(ThreadCpuTimeClock, out var time) != 0)
            {
                return false;
            }

            milliseconds = (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clockId, out TimeSpec time);
    }
}
