namespace Sitrep.Events;

public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
    Range,
}
