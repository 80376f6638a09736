// The scaffold declares an executable without an entry point, so nothing in the solution (tests included)
// could build. This placeholder only exists until the CLI verbs land and replace it.
return 0;
