#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time of the calling thread (user + system). Stage and writer times are measured
/// with it, so a busy machine (other processes, or the other worker waiting for a core)
/// does not inflate them the way wall-clock intervals would.
public enum ThreadClock {
    public static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
