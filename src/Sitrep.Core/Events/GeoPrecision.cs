namespace Sitrep.Events;

/// <summary>How closely the coded place matches where the event happened (GUIDELINES.md).</summary>
public enum GeoPrecision
{
    /// <summary>In the named town.</summary>
    Exact,
    /// <summary>Near or outside it, or a village next to it.</summary>
    Near,
    Admin2,
    Admin1,
    Country,
}
