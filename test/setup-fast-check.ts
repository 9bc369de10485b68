import fc from "fast-check";

// A failing property shrinks its counterexample, and shrinking doubles can go on for many minutes in one
// synchronous loop that Jest's timeout cannot stop. Bounding every property run (shrinking included)
// makes a failure report within seconds instead of stalling the suite and CI.
fc.configureGlobal({ interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true });
