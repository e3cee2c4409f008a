using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Syntax.Models;

/// <summary>
/// Cache prefetch hints for weight look-ups. A linear model's rows are scattered over megabytes,
/// so nearly every look-up misses the cache; asking for all of a step's rows before adding any lets
/// the misses overlap instead of queueing behind one another. A hint never changes a result.
/// </summary>
internal static class Prefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Element<T>(T[] array, int index)
        where T : unmanaged
    {
        if (!Sse.IsSupported || (uint)index >= (uint)array.Length) return;
        fixed (T* start = array) Sse.Prefetch0(start + index);
    }
}
