/** A value no file of this kind can hold. `field` is the input field to blame; the message never quotes the value. */
export class UnrepresentableValueError extends Error {
  readonly field: string;
  constructor(field: string, reason: string) {
    super(reason);
    this.field = field;
  }
}
