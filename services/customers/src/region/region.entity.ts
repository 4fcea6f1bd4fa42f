import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A sales region (地区); decides complaint deadlines: inside the company area or not' })
@Entity()
export class Region {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: "Inside the company's own area (complaints answered within 12 h, else 24 h)" })
  @Column()
  inCompanyArea: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
