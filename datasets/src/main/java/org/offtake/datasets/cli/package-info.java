/** The {@code datasets.jar} commands: {@code generate} and {@code validate}. Not part of the library's API. */
package org.offtake.datasets.cli;
