/**
 * Comparing editions: how the same mobility fares under another edition's rules and grants, for
 * example a flow of the 2018 pilot for the Western Balkans assessed under call 2026 KA121 ({@link
 * io.github.vetmobility.compare.Comparison}).
 */
package io.github.vetmobility.compare;
