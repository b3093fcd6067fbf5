# Sourced by the bench scripts. With SF_AT set (a UTC moment, "2026-12-02 13:00:00"), SupportFlow's JVM starts its
# clock at that moment and runs on from there (libfaketime, Debian package "faketime"), so that a run takes the same
# path whenever it is made: bench/intake.lua's emergency is taken at once in business hours, and needs a quote and
# the client's consent out of hours. Without SF_AT the path depends on when the run is made.
# Use: "${SF_CLOCK[@]}" java -jar ...
SF_CLOCK=()
if [ -n "${SF_AT:-}" ]; then
  # The single-threaded library: the MT one serializes every clock read (13 times slower here), which would
  # weigh on the figures; the fixed start moment needs no shared state between threads.
  FAKETIME_LIB=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
  [ -f "$FAKETIME_LIB" ] || { echo "SF_AT needs libfaketime: apt-get install faketime" >&2; exit 1; }
  SF_CLOCK=(env "LD_PRELOAD=$FAKETIME_LIB" "FAKETIME=@$SF_AT")
fi
